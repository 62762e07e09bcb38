package org.fieldbook.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The board's figures come back from the window JVM as lines: each must read back as it was written. */
class BoardBenchTest {
    @Test
    void aFigureLineReadsBackWithOrWithoutItsLimit() {
        Figure limited = BoardBench.parseFigure("figure\tboard_move_stored_p99_ms\t11.45\tms\t16.0");
        assertEquals(Figure.limited("board_move_stored_p99_ms", 11.45, "ms", 16), limited);
        assertEquals(0.715625, limited.ratio(), 1e-9);

        Figure plain = BoardBench.parseFigure("figure\tboard_move_p99_ms\t20.85\tms\t");
        assertEquals("board_move_p99_ms", plain.name());
        assertEquals(20.85, plain.value());
        assertNull(plain.limit());
    }
}
