package org.gsef.governance.platform.privacy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts a stream of any length with AES-256-GCM, one frame of at most 64 KiB at a time, so that
 * neither side ever holds more than a frame: each frame is its ciphertext's length (4 bytes), a fresh nonce (12 bytes)
 * and the ciphertext with its tag. Each frame's associated data names what it belongs to, its position and whether it
 * is the last, so that frames cannot be reordered, moved to another stream, dropped or cut off unnoticed.
 */
final class SealedStreams {

    static final int FRAME = 64 * 1024;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_SEALED_FRAME = FRAME + TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedStreams() {}

    /** The frames that seal {@code plain}, as a stream read as it is consumed. */
    static InputStream sealing(byte[] key, String context, InputStream plain) {
        return new Framed(new PushbackInputStream(plain, 1), key, context, true);
    }

    /** The plain bytes of {@code sealed}; a read fails with an {@link IOException} when a frame does not open. */
    static InputStream unsealing(byte[] key, String context, InputStream sealed) {
        return new Framed(new PushbackInputStream(sealed, 1), key, context, false);
    }

    private static final class Framed extends InputStream {

        private final PushbackInputStream source;
        private final byte[] key;
        private final String context;
        private final boolean encrypt;
        private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);
        private long index;
        private boolean done;

        Framed(PushbackInputStream source, byte[] key, String context, boolean encrypt) {
            this.source = source;
            this.key = key;
            this.context = context;
            this.encrypt = encrypt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (current.available() == 0) {
                if (done) {
                    return -1;
                }
                current = new ByteArrayInputStream(encrypt ? sealNext() : openNext());
            }
            return current.read(buffer, offset, length);
        }

        private byte[] sealNext() throws IOException {
            byte[] plain = source.readNBytes(FRAME);
            boolean last = atEnd();
            try {
                byte[] nonce = new byte[NONCE_BYTES];
                RANDOM.nextBytes(nonce);
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, last).doFinal(plain);
                done = last;
                index++;
                return ByteBuffer.allocate(4 + NONCE_BYTES + sealed.length)
                        .putInt(sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array();
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot seal frame " + index, e);
            }
        }

        private byte[] openNext() throws IOException {
            DataInputStream frames = new DataInputStream(source);
            int length;
            byte[] nonce = new byte[NONCE_BYTES];
            byte[] sealed;
            try {
                length = frames.readInt();
                if (length < TAG_BITS / 8 || length > MAX_SEALED_FRAME) {
                    throw new IOException("frame " + index + " has an impossible length");
                }
                frames.readFully(nonce);
                sealed = new byte[length];
                frames.readFully(sealed);
            } catch (EOFException cut) {
                throw new IOException("the sealed content ends inside frame " + index, cut);
            }
            boolean last = atEnd();
            try {
                byte[] plain = cipher(Cipher.DECRYPT_MODE, nonce, last).doFinal(sealed);
                done = last;
                index++;
                return plain;
            } catch (GeneralSecurityException e) {
                throw new IOException("frame " + index + " of the sealed content does not open", e);
            }
        }

        private boolean atEnd() throws IOException {
            int next = source.read();
            if (next < 0) {
                return true;
            }
            source.unread(next);
            return false;
        }

        private Cipher cipher(int mode, byte[] nonce, boolean last) throws GeneralSecurityException {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(
                    (context + "\n" + index + "\n" + (last ? "last" : "more")).getBytes(StandardCharsets.UTF_8));
            return cipher;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
