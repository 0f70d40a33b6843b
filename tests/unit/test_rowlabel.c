/* test_rowlabel: the kind of a row by its label, and every tool that asks
 * (tabel-check's tally, tabel-extract's judge, tabel-amounts' prose)
 * reading the same labels alike; tabel-xlsx: tests/e2e/labels-agree.sh. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "common/prose/prose.h"
#include "common/flow/judge.h"
#include "common/table/rowlabel.h"
#include "common/table/table.h"
#include "common/table/tally.h"
#include "tests/unit/check.h"

#define PLAIN ROWLABEL_PLAIN
#define NUMBERED ROWLABEL_NUMBERED
#define SUB ROWLABEL_SUBTOTAL
#define TOTAL ROWLABEL_TOTAL

static const struct {
	const char *label;
	enum rowlabel_kind want;
} cases[] = {
	{ "Totaal", TOTAL }, { "TOTAAL:", TOTAL }, { "Som", TOTAL },
	{ "Eindtotaal", TOTAL }, { " Totaal", TOTAL }, { "1. Totaal", TOTAL },
	{ "1.Totaal", TOTAL }, { "Subtotaal", SUB }, { "Tussentotaal", SUB },
	{ "IV. Subtotaal", SUB },
	/* every numbering form */
	{ "1. Competitiviteit", NUMBERED }, { "10. Fin", NUMBERED },
	{ "1.     Competitiviteit", NUMBERED }, { "12) Innovatie", NUMBERED },
	{ "(3) Derde", NUMBERED }, { "IV. Overige", NUMBERED },
	{ "iv) Vier", NUMBERED }, { "A. Iets", NUMBERED },
	{ "a) Noord", NUMBERED }, { "2.1 Deelproject", NUMBERED },
	{ "1.2. Sub", NUMBERED }, { "2.10 Tien", NUMBERED }, { "1.Overige", NUMBERED },
	{ " 2) Zuid", NUMBERED },
	/* plain */
	{ "Totaalbedrag", PLAIN }, { "Totale investeringen", PLAIN },
	{ "Sommige posten", PLAIN }, { "ICON project", PLAIN },
	{ "Vlaanderen", PLAIN }, { "Kmo-portefeuille", PLAIN },
	{ "e.g. iets", PLAIN }, { "2022", PLAIN }, { "1234. Lang", PLAIN },
	{ "(3 Open", PLAIN }, { "1.5%", PLAIN }, { "1.000 euro", PLAIN }, { "", PLAIN }, { " ", PLAIN },
};

/* A table of one value column from ROWS ("label|value"), into T. */
static void
judge_table(struct table *t, const char *const *rows, size_t n)
{
	size_t i, r;
	const char *bar;

	table_init(t, "test");
	table_set_columns(t, 1);
	for (i = 0; i < n; i++) {
		bar = strchr(rows[i], '|');
		r = table_add_row(t, rows[i], (size_t)(bar - rows[i]),
		    (long)i + 1);
		table_set_cell(t, r, 0, bar + 1, strlen(bar + 1), (long)i + 1);
	}
}

static size_t
judge_score_of(const char *const *rows, size_t n)
{
	struct table t;
	size_t score;

	judge_table(&t, rows, n);
	score = judge_score(&t);
	table_free(&t);
	return score;
}

/* tabel-extract's judge: the kind of LABEL, told by which sums count. */
static enum rowlabel_kind
judge_reads(const char *label)
{
	char l[128];
	const char *cat[] = { l, "a|1", "b|2" };
	const char *close[] = { "a|1", "b|2", l };
	const char *sub[] = { "a|1", "b|2", "Subtotaal|3", "c|4", l };

	snprintf(l, sizeof l, "%s|3", label);
	if (judge_score_of(cat, 3) == 1)
		return NUMBERED;	/* 3 = 1 + 2 below it */
	if (judge_score_of(close, 3) == 0)
		return PLAIN;
	/* a subtotal closes c alone (4), a total all above it (7) */
	snprintf(l, sizeof l, "%s|4", label);
	return judge_score_of(sub, 5) == 2 ? SUB : TOTAL;
}

static void
first_finding(const struct tally_table *t, const struct tally_finding *f,
    void *arg)
{
	char *out = arg;

	if (out[0] == '\0')
		snprintf(out, 160, "%zu:%s", f->row, f->computed);
	(void)t;
}

/* The first finding of tabel-check over ROWS ("label|value|value"). */
static void
tally_first(const char *const *rows, size_t n, char *out)
{
	struct tally_table t;
	char *fields[3], buf[128];
	size_t lens[3], i, k;

	tally_start(&t, NULL, 3);
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%s", rows[i]);
		fields[0] = buf;
		for (k = 0; k < 2; k++) {
			fields[k + 1] = strchr(fields[k], '|');
			*fields[k + 1]++ = '\0';
		}
		for (k = 0; k < 3; k++)
			lens[k] = strlen(fields[k]);
		tally_add(&t, fields, lens, 3, (long)i + 1);
	}
	out[0] = '\0';
	tally_check(&t, first_finding, out);
	tally_free(&t);
}

/* tabel-check's tally: the kind of LABEL, told by the rows it closes. */
static enum rowlabel_kind
tally_reads(const char *label)
{
	char l[128], got[160];
	const char *cat[] = { l, "a|1|1", "b|2|2" };
	const char *close[] = { "a|1|1", "b|2|2", l };
	const char *sub[] = { "a|1|1", "Subtotaal|1|1", "b|2|2", l };

	snprintf(l, sizeof l, "%s|4|4", label);
	tally_first(cat, 3, got);
	if (strcmp(got, "0:3") == 0)
		return NUMBERED;	/* 4 against 1 + 2 below it */
	tally_first(close, 3, got);
	if (got[0] == '\0')
		return PLAIN;
	tally_first(sub, 4, got);
	return strcmp(got, "3:2") == 0 ? SUB : TOTAL;
}

static void
count_par(const struct prose_par *par, void *arg)
{
	(void)par;
	++*(int *)arg;
}

/* tabel-amounts' prose: a total row LABEL ends a figure's region, so
 * the short line after it is prose again. */
static bool
prose_sees_total(const char *label)
{
	static const char *const lines[] = { "Figuur 1: Steun", NULL,
	    "Kort." };
	char row[128];
	struct prose p;
	int pars = 0;
	size_t i;

	snprintf(row, sizeof row, "%s 3", label);
	prose_init(&p);
	for (i = 0; i < 3; i++) {
		const char *l = lines[i] != NULL ? lines[i] : row;

		prose_feed(&p, l, strlen(l), (long)i + 1, false, count_par,
		    &pars);
	}
	prose_finish(&p, count_par, &pars);
	prose_free(&p);
	return pars == 1;
}

/* A label-less last row is a candidate; the arithmetic takes it. */
static void
test_unlabelled(void)
{
	const char *judged[] = { "a|1", "b|2", "|3" };
	const char *adds[] = { "a|1|1", "b|2|2", "|3|4" };
	const char *off[] = { "a|1|1", "b|2|2", "|9|8" };
	char got[160];

	CHECK(rowlabel_candidate_total("", 0, true), "'' last");
	CHECK(rowlabel_candidate_total(" \xc2\xa0", 3, true), "blanks last");
	CHECK(!rowlabel_candidate_total("", 0, false), "'' not last");
	CHECK(!rowlabel_candidate_total("x", 1, true), "'x' last");
	CHECK(judge_score_of(judged, 3) == 1, "judge: '' closes 1 + 2");
	tally_first(adds, 3, got);	/* adds up in one of two columns */
	CHECK_STR("tally: '' closes 1 + 2", got, "2:3");
	tally_first(off, 3, got);	/* adds up in none: not a total */
	CHECK_STR("tally: '' adds up nowhere", got, "");
}

int
main(void)
{
	enum rowlabel_kind want;
	const char *l;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		l = cases[i].label;
		want = cases[i].want;
		CHECK(rowlabel_kind(l, strlen(l)) == want, "'%s' -> %s, want %s",
		    l, rowlabel_name(rowlabel_kind(l, strlen(l))),
		    rowlabel_name(want));
		if (rowlabel_candidate_total(l, strlen(l), true))
			continue;	/* test_unlabelled */
		CHECK(judge_reads(l) == want, "judge '%s' -> %s, want %s", l,
		    rowlabel_name(judge_reads(l)), rowlabel_name(want));
		CHECK(tally_reads(l) == want, "tally '%s' -> %s, want %s", l,
		    rowlabel_name(tally_reads(l)), rowlabel_name(want));
		CHECK(prose_sees_total(l) == (want == TOTAL), "prose '%s'", l);
	}
	test_unlabelled();
	CHECK_STR("name", rowlabel_name(NUMBERED), "numbered");
	return check_done();
}
