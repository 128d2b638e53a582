package org.gsef.governance.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealedStreamsTest {

    private final byte[] key = new byte[32];

    SealedStreamsTest() {
        new SecureRandom().nextBytes(key);
    }

    @Test
    void what_is_sealed_opens_again_whole_at_any_length() throws IOException {
        for (int length : new int[] {0, 1, SealedStreams.FRAME - 1, SealedStreams.FRAME, 3 * SealedStreams.FRAME + 7}) {
            byte[] plain = new byte[length];
            new SecureRandom().nextBytes(plain);
            byte[] sealed = seal(plain, "doc");
            assertThat(sealed).as("sealed").isNotEqualTo(plain);
            assertThat(open(sealed, "doc")).as("length " + length).isEqualTo(plain);
        }
    }

    @Test
    void a_changed_byte_a_cut_off_end_or_another_documents_context_does_not_open() throws IOException {
        byte[] plain = new byte[2 * SealedStreams.FRAME + 10];
        byte[] sealed = seal(plain, "doc");

        byte[] changed = sealed.clone();
        changed[changed.length / 2] ^= 1;
        assertThatThrownBy(() -> open(changed, "doc")).isInstanceOf(IOException.class);

        int firstFrame = 4 + 12 + SealedStreams.FRAME + 16;
        byte[] cut = Arrays.copyOf(sealed, firstFrame);
        assertThatThrownBy(() -> open(cut, "doc"))
                .as("the first frame alone was not sealed as the last")
                .isInstanceOf(IOException.class);

        assertThatThrownBy(() -> open(sealed, "another")).isInstanceOf(IOException.class);
    }

    private byte[] seal(byte[] plain, String context) throws IOException {
        try (InputStream in = SealedStreams.sealing(key, context, new ByteArrayInputStream(plain))) {
            return in.readAllBytes();
        }
    }

    private byte[] open(byte[] sealed, String context) throws IOException {
        try (InputStream in = SealedStreams.unsealing(key, context, new ByteArrayInputStream(sealed))) {
            return in.readAllBytes();
        }
    }
}
