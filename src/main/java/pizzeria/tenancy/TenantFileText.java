package pizzeria.tenancy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one tenant file as UTF-8 text, refusing what a tenant file cannot be: larger than an upload may be
 * (refused by its size, without reading it) or not UTF-8 (refused with the line and byte of the first bad byte).
 */
final class TenantFileText {
    /** Why a file could not be taken, and the 1-based line concerned (0: the whole file). */
    static final class Unreadable extends Exception {
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private TenantFileText() { }

    /** Blocking. A missing file throws {@link java.nio.file.NoSuchFileException} (it is gone, not broken). */
    static String read(Path file, long maxBytes) throws IOException, Unreadable {
        byte[] bytes;
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            // The size is checked on the open file and the read stops one byte past the cap, so a file that
            // grows between the check and the read is still never read whole.
            if (in.size() > maxBytes) throw tooLarge(in.size(), maxBytes);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(maxBytes + 1, in.size() + 1));
            while (buffer.hasRemaining() && in.read(buffer) > 0) { }
            if (buffer.position() > maxBytes) throw tooLarge(buffer.position(), maxBytes);
            bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
        }
        return utf8(bytes);
    }

    private static Unreadable tooLarge(long size, long maxBytes) {
        return new Unreadable(0, "the file is larger than " + (maxBytes >> 20) + " MB (" + size
                + " bytes), the most a tenant file may be (as an upload); it was not read");
    }

    private static String utf8(byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw notUtf8(bytes, in.position());
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Unreadable notUtf8(byte[] bytes, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Unreadable(line, String.format("byte %d of the file (byte %d of line %d, 0x%02X) is not UTF-8; "
                + "a tenant file must be UTF-8 text (an editor saving Latin-1 does this)", at + 1, at - lineStart + 1, line, bytes[at] & 0xFF));
    }
}
