package org.govdx.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads uploaded CSV (RFC 4180, UTF-8 with or without BOM, or GB18030 as Chinese spreadsheets
 * export it) and XLSX (first sheet) files as a header row and text rows. XLSX dates become ISO
 * text ({@code 2024-05-01} or {@code 2024-05-01T08:30}).
 */
public final class TabularFiles {

    /** The file formats a FILE mount accepts. */
    public enum Format {
        CSV,
        XLSX;

        /** The format of a file name, or null. */
        public static Format ofName(String name) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                return CSV;
            }
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
            return null;
        }
    }

    /**
     * The header, the first rows and the number of data rows.
     *
     * @param header    column names of the first row, trimmed
     * @param rows      up to the requested number of data rows, each as long as the header
     * @param totalRows all data rows of the file
     */
    public record Table(List<String> header, List<List<String>> rows, int totalRows) {
    }

    /** The file could not be read as the format it claims. */
    public static final class UnreadableFileException extends IOException {

        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private TabularFiles() {
    }

    public static Table read(Path file, Format format, int maxRows) throws IOException {
        return format == Format.CSV ? csv(file, maxRows) : xlsx(file, maxRows);
    }

    private static Table csv(Path file, int maxRows) throws IOException {
        String text = decode(Files.readAllBytes(file));
        Iterator<List<String>> records = new CsvRecords(new StringReader(text));
        if (!records.hasNext()) {
            return new Table(List.of(), List.of(), 0);
        }
        List<String> header = records.next().stream().map(String::trim).toList();
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        while (records.hasNext()) {
            List<String> record = records.next();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            total++;
            if (rows.size() < maxRows) {
                rows.add(fit(record, header.size()));
            }
        }
        return new Table(header, rows, total);
    }

    private static Table xlsx(Path file, int maxRows) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            if (!it.hasNext()) {
                return new Table(List.of(), List.of(), 0);
            }
            Row first = it.next();
            List<String> header = new ArrayList<>();
            for (int i = 0; i < first.getCellCount(); i++) {
                header.add(text(first.getCell(i)).trim());
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
            List<List<String>> rows = new ArrayList<>();
            int total = 0;
            while (it.hasNext()) {
                Row row = it.next();
                List<String> values = new ArrayList<>();
                boolean empty = true;
                for (int i = 0; i < header.size(); i++) {
                    String v = i < row.getCellCount() ? text(row.getCell(i)) : "";
                    empty &= v.isEmpty();
                    values.add(v);
                }
                if (empty) {
                    continue;
                }
                total++;
                if (rows.size() < maxRows) {
                    rows.add(values);
                }
            }
            return new Table(List.copyOf(header), rows, total);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not a readable XLSX file", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell)) {
                LocalDateTime dt = cell.asDate();
                return dt.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dt.toLocalDate().toString() : dt.toString();
            }
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return !f.contains("general") && (f.contains("yy") || f.contains("dd") || f.contains("mm") && f.contains("d"));
    }

    private static List<String> fit(List<String> record, int size) {
        List<String> out = new ArrayList<>(record);
        while (out.size() < size) {
            out.add("");
        }
        return out.size() > size ? out.subList(0, size) : out;
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM removed), else GB18030. */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ({@code ""}) and line breaks. */
    static final class CsvRecords implements Iterator<List<String>> {

        private final Reader in;
        private int next;

        CsvRecords(Reader in) {
            this.in = in;
            this.next = read();
        }

        @Override
        public boolean hasNext() {
            return next != -1;
        }

        @Override
        public List<String> next() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (next != -1) {
                int c = next;
                next = read();
                if (quoted) {
                    if (c == '"') {
                        if (next == '"') {
                            field.append('"');
                            next = read();
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && next == '\n') {
                        next = read();
                    }
                    break;
                } else {
                    field.append((char) c);
                }
            }
            fields.add(field.toString());
            return fields;
        }

        private int read() {
            try {
                return in.read();
            } catch (IOException e) {
                return -1;
            }
        }
    }
}
