#!/usr/bin/env node
// Writes the words of a decision explained as a PDF (query-side resources, audit/decision-words.json) from the pages'
// own (static/assets/i18n.js), so that the file says what the page says in each language, plus the few sentences only
// the file has. Run it after changing those words: node ops/lib/decision-words.js (DecisionWordsTest checks it was).
"use strict";
const fs = require("fs");
const path = require("path");
const assets = path.join(__dirname, "../../query-side/src/main/resources/static/assets/i18n.js");
const target = path.join(__dirname, "../../query-side/src/main/resources/audit/decision-words.json");
global.window = {};
require(assets);
const SHARED = /^(evname|enum|rule|count|closedBy|procedure|decision|refusal|audit\.col|col\.seat$|col\.reason$)/;
const OWN = {
  en: {
    "pdf.exported": "Exported on {at} from the GSEF Governance record by {reader}. Ballot {ballot}.",
    "pdf.howToCheck": "Each event is named by its position in the event store and its link in the hash chain, with its entity hash and chain hash. To check them: download the audit bundle (GET /api/audit/bundle) and the public key (GET /api/public/audit-key), run ops/verify-bundle BUNDLE.tsv --public-key audit-key.pem, and find the same hashes at the same links. The JSON export of this decision holds each event as stored, to recompute its entity hash.",
    "pdf.choice": "Vote", "pdf.vote": "{event}: {choice}", "pdf.previous": "before: {previous}", "pdf.entityHash": "Entity hash", "pdf.publicKey": "Public key of the signed checkpoints",
    "pdf.dossier": "The subject's dossier", "pdf.ruleOrigin": "The ballot that adopted the rule", "pdf.ballot": "The ballot",
    "pdf.page": "Page",
  },
  fr: {
    "pdf.exported": "Exporté le {at} du registre de GSEF Governance par {reader}. Scrutin {ballot}.",
    "pdf.howToCheck": "Chaque événement est désigné par sa position dans le magasin d’événements et son maillon dans la chaîne d’empreintes, avec son empreinte d’entité et son empreinte de chaîne. Pour les vérifier : téléchargez le paquet d’audit (GET /api/audit/bundle) et la clé publique (GET /api/public/audit-key), lancez ops/verify-bundle PAQUET.tsv --public-key audit-key.pem, et retrouvez les mêmes empreintes aux mêmes maillons. L’export JSON de cette décision contient chaque événement tel qu’il est stocké, pour recalculer son empreinte d’entité.",
    "pdf.choice": "Vote", "pdf.vote": "{event} : {choice}", "pdf.previous": "avant : {previous}", "pdf.entityHash": "Empreinte d’entité", "pdf.publicKey": "Clé publique des points de contrôle signés",
    "pdf.dossier": "Le dossier de l’objet", "pdf.ruleOrigin": "Le scrutin qui a adopté la règle", "pdf.ballot": "Le scrutin",
    "pdf.page": "Page",
  },
  es: {
    "pdf.exported": "Exportado el {at} del registro de GSEF Governance por {reader}. Votación {ballot}.",
    "pdf.howToCheck": "Cada evento se designa por su posición en el almacén de eventos y su eslabón en la cadena de huellas, con su huella de entidad y su huella de cadena. Para comprobarlas: descargue el paquete de auditoría (GET /api/audit/bundle) y la clave pública (GET /api/public/audit-key), ejecute ops/verify-bundle PAQUETE.tsv --public-key audit-key.pem y encuentre las mismas huellas en los mismos eslabones. La exportación JSON de esta decisión contiene cada evento tal como se almacena, para recalcular su huella de entidad.",
    "pdf.choice": "Voto", "pdf.vote": "{event}: {choice}", "pdf.previous": "antes: {previous}", "pdf.entityHash": "Huella de entidad", "pdf.publicKey": "Clave pública de los puntos de control firmados",
    "pdf.dossier": "El expediente del asunto", "pdf.ruleOrigin": "La votación que adoptó la regla", "pdf.ballot": "La votación",
    "pdf.page": "Página",
  },
};
const words = {};
for (const language of ["en", "fr", "es"]) {
  const all = window.GSEF_I18N[language];
  words[language] = Object.fromEntries(Object.keys(all).filter(key => SHARED.test(key)).sort()
    .map(key => [key, all[key]]).concat(Object.entries(OWN[language])));
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(words, null, 1) + "\n");
console.log("wrote " + target);
