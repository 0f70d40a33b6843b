/* xlbook: workbook, formats, table sheets and the Index sheet. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/xlsx/xlbook.h"

/* The fixed time of the document properties: SOURCE_DATE_EPOCH when set
 * (the reproducible-builds convention), else XLBOOK_EPOCH. */
static time_t
fixed_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long t;

	if (s == NULL || *s == '\0')
		return XLBOOK_EPOCH;
	t = strtoll(s, &end, 10);
	return *end == '\0' && t > 0 ? (time_t)t : XLBOOK_EPOCH;
}

static void
make_formats(struct xlbook *b)
{
	b->bold = workbook_add_format(b->wb);
	format_set_bold(b->bold);
	b->header = workbook_add_format(b->wb);
	format_set_bold(b->header);
	format_set_bottom(b->header, LXW_BORDER_THIN);
	b->caption = workbook_add_format(b->wb);
	format_set_bold(b->caption);
	format_set_font_size(b->caption, 12);
}

/* Open the file libxlsxwriter writes: the temporary file of the target,
 * or, when the target is written in place (no temporary file), one of
 * its own in TMPDIR. */
static enum outfile_status
open_written(struct xlbook *b, struct outfile **written)
{
	const char *dir = getenv("TMPDIR");
	enum outfile_status st;

	*written = &b->out;
	if (b->out.tmp == NULL) {
		if (dir == NULL || *dir == '\0')
			dir = "/tmp";
		b->scratch_name = xmalloc(strlen(dir) + 32);
		sprintf(b->scratch_name, "%s/tabel-xlsx.xlsx", dir);
		*written = &b->scratch;
		if ((st = outfile_open(&b->scratch, b->scratch_name)) !=
		    OUTFILE_OK)
			return st;
	}
	/* libxlsxwriter opens the file by name */
	fclose((*written)->fp);
	(*written)->fp = NULL;
	return OUTFILE_OK;
}

enum outfile_status
xlbook_open(struct xlbook *b, const char *path, bool with_index)
{
	lxw_workbook_options options = { .constant_memory = LXW_TRUE };
	lxw_doc_properties properties = { .created = fixed_time() };
	struct outfile *written;
	enum outfile_status st;

	memset(b, 0, sizeof *b);
	if ((st = outfile_open(&b->out, path)) != OUTFILE_OK ||
	    (st = open_written(b, &written)) != OUTFILE_OK) {
		xlbook_discard(b);
		return st;
	}
	b->wb = workbook_new_opt(written->tmp, &options);
	if (b->wb == NULL || workbook_set_properties(b->wb, &properties) !=
	    LXW_NO_ERROR) {
		xlbook_discard(b);
		errno = ENOMEM;
		return OUTFILE_EOPEN;
	}
	make_formats(b);
	if (with_index) {
		sheetname_reserve(&b->names, "Index");
		b->index = workbook_add_worksheet(b->wb, "Index");
	}
	return OUTFILE_OK;
}

lxw_worksheet *
xlbook_sheet(struct xlbook *b, const char *name)
{
	return workbook_add_worksheet(b->wb, name);
}

lxw_error
xlbook_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
    size_t len, lxw_format *format)
{
	char *copy = NULL;
	lxw_error e;

	if (s[len] != '\0')
		s = copy = xstrndup(s, len);
	e = worksheet_write_string(ws, row, col, s, format);
	free(copy);
	return e;
}

lxw_error
xlbook_caption(struct xlbook *b, lxw_worksheet *ws,
    const struct tabindex_entry *entry, lxw_row_t *header_row)
{
	char line[512];
	lxw_error e;

	*header_row = 0;
	if (entry == NULL)
		return LXW_NO_ERROR;
	*header_row = 4;	/* caption, unit, source, a blank row */
	e = worksheet_write_string(ws, 0, 0, entry->field[TABINDEX_CAPTION],
	    b->caption);
	snprintf(line, sizeof line, "Unit: %s", entry->field[TABINDEX_UNIT]);
	if (e == LXW_NO_ERROR && entry->field[TABINDEX_UNIT][0] != '\0')
		e = worksheet_write_string(ws, 1, 0, line, NULL);
	snprintf(line, sizeof line, "Source: %s, lines %s-%s",
	    entry->field[TABINDEX_SOURCE], entry->field[TABINDEX_FIRST_LINE],
	    entry->field[TABINDEX_LAST_LINE]);
	return e != LXW_NO_ERROR ? e : worksheet_write_string(ws, 2, 0, line,
	    NULL);
}

lxw_format *
xlbook_number_format(struct xlbook *b, bool bold, enum xlbook_style style,
    int decimals)
{
	lxw_format **f;
	char code[64];
	int n;

	if (decimals > XLBOOK_MAX_DECIMALS)
		decimals = XLBOOK_MAX_DECIMALS;
	f = &b->number[bold][style][decimals];
	if (*f != NULL)
		return *f;
	n = snprintf(code, sizeof code, "#,##0%s%.*s",
	    decimals > 0 ? "." : "", decimals, "000000000000000");
	if (style == XLBOOK_PERCENT)
		snprintf(code + n, sizeof code - n, "%%");
	else if (style == XLBOOK_EURO)
		snprintf(code + n, sizeof code - n, " \"\xe2\x82\xac\"");
	*f = workbook_add_format(b->wb);
	format_set_num_format(*f, code);
	if (bold)
		format_set_bold(*f);
	return *f;
}

lxw_error
xlbook_finish_sheet(struct xlbook *b, lxw_worksheet *ws,
    lxw_row_t header_row, lxw_row_t last_row, size_t ncols,
    const size_t *width)
{
	lxw_error e = LXW_NO_ERROR;

	(void)b;
	for (size_t i = 0; i < ncols && e == LXW_NO_ERROR; i++)
		e = worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i,
		    (double)(width[i] < XLBOOK_MAX_WIDTH ? width[i] :
		    XLBOOK_MAX_WIDTH) + 2, NULL);
	if (e != LXW_NO_ERROR || ncols == 0)
		return e;
	worksheet_freeze_panes(ws, header_row + 1, 1);
	return worksheet_autofilter(ws, header_row, 0, last_row,
	    (lxw_col_t)ncols - 1);
}

void
xlbook_list(struct xlbook *b, const char *name,
    const struct tabindex_entry *entry)
{
	struct xlbook_listed *l;

	if (b->index == NULL)
		return;
	xgrow(&b->listed, &b->listed_cap, b->nlisted + 1, sizeof *b->listed);
	l = &b->listed[b->nlisted++];
	snprintf(l->name, sizeof l->name, "%s", name);
	l->entry = entry;
}

/* Write S at ROW, COL: a number when it is digits only (line numbers,
 * sizes), else text; widen *WIDTH to fit. */
static lxw_error
index_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
    size_t *width)
{
	size_t n = strlen(s);

	if (n > *width)
		*width = n;
	if (n == 0)
		return LXW_NO_ERROR;
	if (n < 10 && strspn(s, "0123456789") == n)
		return worksheet_write_number(ws, row, col, atof(s), NULL);
	return worksheet_write_string(ws, row, col, s, NULL);
}

/* One row of the Index: a link to the sheet, then the index fields. */
static lxw_error
index_row(struct xlbook *b, lxw_row_t row, const struct xlbook_listed *l,
    size_t *width)
{
	char url[2 * SHEETNAME_SIZE + 16] = "internal:";
	lxw_error e;

	sheetname_quote(l->name, url + 9, sizeof url - 12);
	strcat(url, "!A1");
	e = worksheet_write_url_opt(b->index, row, 0, url, NULL, l->name,
	    NULL);
	if (strlen(l->name) > width[0])
		width[0] = strlen(l->name);
	for (int f = 0; f < TABINDEX_NFIELDS && e == LXW_NO_ERROR; f++)
		if (l->entry != NULL)
			e = index_cell(b->index, row, (lxw_col_t)f + 1,
			    l->entry->field[f], &width[f + 1]);
	return e;
}

static lxw_error
write_index(struct xlbook *b)
{
	size_t width[TABINDEX_NFIELDS + 1] = { 5 };
	lxw_error e;

	e = worksheet_write_string(b->index, 0, 0, "sheet", b->header);
	for (int f = 0; f < TABINDEX_NFIELDS && e == LXW_NO_ERROR; f++) {
		width[f + 1] = strlen(tabindex_names[f]);
		e = worksheet_write_string(b->index, 0, (lxw_col_t)f + 1,
		    tabindex_names[f], b->header);
	}
	for (size_t i = 0; i < b->nlisted && e == LXW_NO_ERROR; i++)
		e = index_row(b, (lxw_row_t)i + 1, &b->listed[i], width);
	if (e != LXW_NO_ERROR)
		return e;
	return xlbook_finish_sheet(b, b->index, 0, (lxw_row_t)b->nlisted,
	    TABINDEX_NFIELDS + 1, width);
}

lxw_error
xlbook_close(struct xlbook *b)
{
	lxw_error e = LXW_NO_ERROR;

	if (b->index != NULL)
		e = write_index(b);
	if (e != LXW_NO_ERROR)
		return e;
	e = workbook_close(b->wb);	/* frees it, also on failure */
	b->wb = NULL;
	return e;
}

/* Copy the finished file at PATH to FP. */
static enum outfile_status
copy_out(const char *path, FILE *fp)
{
	char buf[65536];
	size_t n;
	bool bad;
	FILE *in = fopen(path, "rb");

	if (in == NULL)
		return OUTFILE_EWRITE;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, fp) != n)
			break;
	bad = ferror(in) || ferror(fp);
	fclose(in);
	return bad ? OUTFILE_EWRITE : OUTFILE_OK;
}

enum outfile_status
xlbook_commit(struct xlbook *b)
{
	enum outfile_status st = OUTFILE_OK;

	if (b->scratch_name != NULL)
		st = copy_out(b->scratch.tmp, b->out.fp);
	if (st == OUTFILE_OK)
		st = outfile_commit(&b->out);
	xlbook_discard(b);
	return st;
}

void
xlbook_discard(struct xlbook *b)
{
	if (b->wb != NULL)
		lxw_workbook_free(b->wb);
	b->wb = NULL;
	outfile_discard(&b->scratch);
	outfile_discard(&b->out);
	sheetname_free(&b->names);
	free(b->listed);
	free(b->scratch_name);
	b->listed = NULL;
	b->scratch_name = NULL;
}
