package org.gsef.governance.platform.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at start, without a stack trace, which key-encryption key is missing and what to do about it. */
public class KeyEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<KeyEncryptionKeyUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyEncryptionKeyUnavailable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
