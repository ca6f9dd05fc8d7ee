package org.govdx.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryRequest.CatalogItemRequest;
import org.govdx.catalog.CatalogImportProblem;
import org.govdx.common.FieldProblem;
import org.govdx.common.FormErrors;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports catalog entries from the XLSX template as drafts of the caller's org, all or nothing: every
 * row is checked first, and any problem refuses the whole file with a report of each problem's row,
 * column and reason.
 */
@Service
class CatalogImporter {

    /** Largest spreadsheet accepted, in rows. */
    static final int MAX_ROWS = 50_000;
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");
    private static final Set<String> YES = Set.of("是", "Y", "YES", "TRUE", "1", "√");
    private static final Set<String> NO = Set.of("否", "N", "NO", "FALSE", "0", "");

    private final CatalogEntryService entries;
    private final FormErrors messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogImporter(CatalogEntryService entries, FormErrors messages, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** An import refused: nothing was saved. */
    static final class Rejected extends RuntimeException {
        private final transient List<CatalogImportProblem> problems;

        Rejected(List<CatalogImportProblem> problems) {
            super("IMPORT_REJECTED");
            this.problems = List.copyOf(problems);
        }

        List<CatalogImportProblem> problems() {
            return problems;
        }
    }

    /** The created drafts, in file order. */
    record Imported(long id, String code, String name, int items) {
    }

    private record SheetRow(int number, String[] cells) {
        String cell(int column) {
            return column < cells.length ? cells[column] : "";
        }
    }

    private record Group(String number, List<SheetRow> rows) {
    }

    @Transactional
    public List<Imported> importFrom(InputStream in, CurrentUser me, Locale locale) {
        CatalogEntryService.requireCatalogAdmin(me);
        AuditLog.target("catalog-import:" + me.orgCode());
        List<CatalogImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = read(in, problems, locale);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            String number = row.cell(CatalogSheet.NUMBER);
            if (number.isEmpty()) {
                problems.add(problem(row.number(), CatalogSheet.NUMBER, "number", "REQUIRED", locale));
                continue;
            }
            groups.computeIfAbsent(number, n -> new Group(n, new ArrayList<>())).rows().add(row);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogImportProblem(2, null, null, null, "IMPORT_EMPTY",
                    messages.message("IMPORT_EMPTY", locale)));
        }
        List<EntryContent> contents = new ArrayList<>();
        for (Group group : groups.values()) {
            EntryContent content = check(group, problems, locale);
            if (content != null) {
                contents.add(content);
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        Instant now = Instant.now(clock);
        List<Imported> imported = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (EntryContent content : contents) {
            CatalogEntryService.Created created = entries.createCheckedUnindexed(content, me, now);
            ids.add(created.id());
            imported.add(new Imported(created.id(), created.code(), content.name(), content.items().size()));
        }
        events.publishEvent(new IndexRequest(ids));
        return imported;
    }

    private List<SheetRow> read(InputStream in, List<CatalogImportProblem> problems, Locale locale) {
        List<SheetRow> rows = new ArrayList<>();
        int width = CatalogSheet.COLUMNS.size();
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.findSheet(CatalogWorkbooks.DATA_SHEET).orElse(wb.getFirstSheet());
            try (Stream<Row> stream = sheet.openStream()) {
                boolean[] header = {true};
                stream.forEach(row -> {
                    if (header[0]) {
                        header[0] = false;
                        checkHeader(row, problems, locale);
                        return;
                    }
                    String[] cells = new String[width];
                    boolean empty = true;
                    for (int c = 0; c < width; c++) {
                        String text = row.hasCell(c) ? row.getCellText(c) : null;
                        cells[c] = text == null ? "" : text.strip();
                        empty &= cells[c].isEmpty();
                    }
                    if (!empty) {
                        if (rows.size() >= MAX_ROWS) {
                            throw new Rejected(List.of(new CatalogImportProblem(row.getRowNum(), null, null, null,
                                    "IMPORT_TOO_LARGE", messages.message("IMPORT_TOO_LARGE", locale, MAX_ROWS))));
                        }
                        rows.add(new SheetRow(row.getRowNum(), cells));
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejected r) {
                throw r;
            }
            throw new Rejected(List.of(new CatalogImportProblem(1, null, null, null, "INVALID_SPREADSHEET",
                    messages.message("INVALID_SPREADSHEET", locale))));
        }
        return rows;
    }

    private void checkHeader(Row row, List<CatalogImportProblem> problems, Locale locale) {
        for (int c = 0; c < CatalogSheet.COLUMNS.size(); c++) {
            String text = row.hasCell(c) ? Objects.toString(row.getCellText(c), "").strip() : "";
            if (!text.equals(CatalogSheet.COLUMNS.get(c).header())) {
                problems.add(new CatalogImportProblem(row.getRowNum(), CatalogSheet.letter(c),
                        CatalogSheet.COLUMNS.get(c).header(), null, "NOT_CATALOG_TEMPLATE",
                        messages.message("NOT_CATALOG_TEMPLATE", locale, CatalogSheet.COLUMNS.get(c).header())));
                return;
            }
        }
    }

    /** Builds and checks one entry; records every problem against its row and column. */
    private EntryContent check(Group group, List<CatalogImportProblem> problems, Locale locale) {
        SheetRow first = group.rows().get(0);
        int before = problems.size();
        for (SheetRow row : group.rows().subList(1, group.rows().size())) {
            for (int c = 1; c < CatalogSheet.COLUMNS.size(); c++) {
                if (CatalogSheet.COLUMNS.get(c).entryLevel() && !row.cell(c).isEmpty()
                        && !row.cell(c).equals(first.cell(c))) {
                    problems.add(problem(row.number(), c, CatalogSheet.COLUMNS.get(c).field(),
                            "CONFLICTING_ENTRY_VALUE", locale, group.number(), first.number()));
                }
            }
        }
        List<CatalogItemRequest> items = new ArrayList<>();
        for (SheetRow row : group.rows()) {
            Integer length = null;
            String lengthText = row.cell(18);
            if (!lengthText.isEmpty()) {
                try {
                    length = new java.math.BigDecimal(lengthText).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    problems.add(problem(row.number(), 18, "length", "INVALID_NUMBER", locale, lengthText));
                }
            }
            String keyText = row.cell(23).toUpperCase(Locale.ROOT);
            if (!YES.contains(keyText) && !NO.contains(keyText)) {
                problems.add(problem(row.number(), 23, "key", "INVALID_YES_NO", locale, row.cell(23)));
            }
            items.add(new CatalogItemRequest(row.cell(15), row.cell(16), row.cell(17), length, row.cell(19),
                    row.cell(20), row.cell(21), row.cell(22), YES.contains(keyText)));
        }
        CatalogEntryRequest request = new CatalogEntryRequest(first.cell(1), first.cell(3), first.cell(2),
                first.cell(4), first.cell(5), first.cell(6), first.cell(7), first.cell(8), first.cell(9),
                first.cell(10), first.cell(11), first.cell(12), split(first.cell(13)), split(first.cell(14)), items);
        EntryRules.Result result = entries.checkOnly(request);
        for (FieldProblem p : result.problems()) {
            Matcher item = ITEM_FIELD.matcher(p.field());
            if (item.matches()) {
                int index = Integer.parseInt(item.group(1));
                problems.add(problem(group.rows().get(index).number(), CatalogSheet.itemColumn(item.group(2)),
                        p.field(), p.code(), locale, p.args()));
            } else {
                int column = CatalogSheet.entryColumn(p.field());
                problems.add(problem(first.number(), column < 0 ? CatalogSheet.itemColumnOrNumber(p.field()) : column,
                        p.field(), p.code(), locale, p.args()));
            }
        }
        return problems.size() == before && result.valid() ? result.content() : null;
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("[；;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private CatalogImportProblem problem(int row, int column, String field, String code, Locale locale,
                                         Object... args) {
        String header = column < 0 ? null : CatalogSheet.COLUMNS.get(column).header();
        return new CatalogImportProblem(row, column < 0 ? null : CatalogSheet.letter(column), header, field, code,
                messages.message(code, locale, args));
    }
}
