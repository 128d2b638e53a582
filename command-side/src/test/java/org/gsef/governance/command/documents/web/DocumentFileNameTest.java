package org.gsef.governance.command.documents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DocumentFileNameTest {

    @Test
    void keepsTheFileNameWithoutItsFolders() {
        assertEquals("passwd", DocumentUploads.fileName("../../etc/passwd"));
        assertEquals("win.ini", DocumentUploads.fileName("..\\..\\win.ini"));
        assertEquals("Statuts signés.pdf", DocumentUploads.fileName("  Statuts signés.pdf "));
    }

    /** A right-to-left override makes "invoice\u202Etxt.exe" display as "invoiceexe.txt". */
    @Test
    void refusesDirectionOverridesThatDisguiseTheExtension() {
        assertThrows(IllegalArgumentException.class, () -> DocumentUploads.fileName("invoice\u202Etxt.exe"));
        assertThrows(IllegalArgumentException.class, () -> DocumentUploads.fileName("a\u2067b.pdf"));
        assertThrows(IllegalArgumentException.class, () -> DocumentUploads.fileName("a\nb.pdf"));
    }
}
