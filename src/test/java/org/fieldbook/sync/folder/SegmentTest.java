package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** No damaged segment is ever accepted, and none makes the reader throw anything but "not a segment". */
class SegmentTest {
    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID DEVICE = UUID.randomUUID();
    private static final TeamKey KEY = TeamKey.derive("pass".toCharArray(), new byte[16], 1_000);
    private static final Segment SEGMENT = new Segment(TEAM, DEVICE, 41, 43, List.of(
            "{\"format\":1,\"deviceSeq\":41,\"entity\":\"account\",\"value\":{\"name\":\"Acme\"}}",
            "{\"format\":1,\"deviceSeq\":42,\"entity\":\"account\",\"value\":\"北京\"}",
            "{\"format\":1,\"deviceSeq\":43,\"op\":\"DELETE\"}"));

    @Test
    void aSegmentReadsBackAsWrittenPlainAndSealed() throws Exception {
        assertEquals(SEGMENT, Segment.read(SEGMENT.write(null), TEAM, null));
        assertEquals(SEGMENT, Segment.read(SEGMENT.write(KEY), TEAM, KEY));
    }

    @Test
    void everyTruncationIsRefused() {
        for (TeamKey key : Arrays.asList(null, KEY)) {
            byte[] file = SEGMENT.write(key);
            IntStream.range(0, file.length).forEach(length ->
                    assertThrows(SegmentFormatException.class,
                            () -> Segment.read(Arrays.copyOf(file, length), TEAM, key), "cut at " + length));
        }
    }

    @Test
    void everySingleBitFlipIsRefused() {
        for (TeamKey key : Arrays.asList(null, KEY)) {
            byte[] file = SEGMENT.write(key);
            for (int bit = 0; bit < file.length * 8; bit++) {
                byte[] damaged = file.clone();
                damaged[bit / 8] ^= (byte) (1 << (bit % 8));
                int at = bit;
                assertThrows(SegmentFormatException.class, () -> Segment.read(damaged, TEAM, key), "bit " + at);
            }
        }
    }

    @Test
    void randomDamageAndZeroFilledTailsAreRefused() {
        Random random = new Random(7);
        byte[] file = SEGMENT.write(null);
        for (int i = 0; i < 2_000; i++) {
            byte[] damaged = file.clone();
            int from = random.nextInt(damaged.length);
            if (i % 2 == 0) {
                Arrays.fill(damaged, from, damaged.length, (byte) 0);
            } else {
                for (int n = 0; n < 1 + random.nextInt(8); n++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                if (Arrays.equals(damaged, file)) {
                    continue;
                }
            }
            assertThrows(SegmentFormatException.class, () -> Segment.read(damaged, TEAM, null));
        }
    }

    @Test
    void aSegmentOfAnotherTeamOrWithoutTheRightKeyIsRefused() {
        assertThrows(SegmentFormatException.class, () -> Segment.read(SEGMENT.write(null), UUID.randomUUID(), null));
        assertThrows(SegmentFormatException.class, () -> Segment.read(SEGMENT.write(KEY), TEAM, null));
        assertThrows(SegmentFormatException.class, () -> Segment.read(SEGMENT.write(null), TEAM, KEY));
        TeamKey other = TeamKey.derive("other".toCharArray(), new byte[16], 1_000);
        assertThrows(SegmentFormatException.class, () -> Segment.read(SEGMENT.write(KEY), TEAM, other));
    }
}
