-- Bearer tokens revoked before their expiry (a sign-out), by their jti, shared by every process of a deployment. A row
-- is kept until the token would have expired, then purged.
CREATE TABLE revoked_token (
    jti VARCHAR(255) NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX revoked_token_expires_at ON revoked_token (expires_at);
