package com.annexcloud.sdk.examples;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * The member ids of a members file, one a line, read one line at a time with a bounded line length, so
 * no line can exhaust memory and no bad byte stops the run. Blank lines are left out. A line longer than
 * {@value #MAX_LINE_BYTES} bytes or not valid UTF-8 is given to the sync as a short placeholder naming the
 * line and the problem, which the sync skips (it is not an email address) and reports under that key;
 * the line itself is never kept.
 */
final class MembersFile implements Iterator<String>, AutoCloseable {
    /** The longest line read: an email address is at most 320 characters (at most 1280 bytes in UTF-8). */
    static final int MAX_LINE_BYTES = 1280;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long lineNumber;
    private String next;
    private boolean ended;

    private MembersFile(InputStream in) {
        this.in = in;
    }

    /** Opens the file. */
    static MembersFile open(Path file) throws IOException {
        return new MembersFile(new BufferedInputStream(Files.newInputStream(file)));
    }

    /**
     * How many ids the file holds (its non-blank lines), for the progress line; empty for anything but a
     * regular file (a pipe or a device can be read only once, and the sync must get what it holds).
     */
    static OptionalLong count(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        try (MembersFile ids = open(file)) {
            long count = 0;
            for (; ids.hasNext(); ids.next()) {
                count++;
            }
            return OptionalLong.of(count);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && !ended) {
                next = readLine();
            }
            return next != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the members file", e);
        }
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more member ids");
        }
        String id = next;
        next = null;
        return id;
    }

    /** The next line as an id or a placeholder; null for a blank line or at the end. */
    private String readLine() throws IOException {
        line.reset();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            ended = true;
            return null;
        }
        lineNumber++;
        for (; b >= 0 && b != '\n'; b = in.read()) {
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            } else {
                tooLong = true; // the rest of the line is read past, never kept
            }
        }
        ended = b < 0;
        if (tooLong) {
            return "(line " + lineNumber + ": longer than " + MAX_LINE_BYTES + " bytes)";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return "(line " + lineNumber + ": not valid UTF-8)";
        }
        if (lineNumber == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark some editors write
        }
        String id = text.strip(); // spaces and the CR of CRLF files; other control characters stay and are refused
        return id.isEmpty() ? null : id;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
