/* prose: paragraphs of running text out of PDF-converted lines. The rules
 * read the layout only (captions, blank lines, numbers at a line's end),
 * never a document's words. */
#include <stdlib.h>
#include <string.h>

#include "common/prose/prose.h"
#include "common/prose/sentence.h"
#include "common/table/caption.h"
#include "common/table/rowlabel.h"
#include "common/sys/xalloc.h"

struct prose_token {
	const char *s;
	size_t len;
};

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Split LINE at whitespace into *TOK (grown as needed, *CAP entries). */
static size_t
split_into(const char *line, size_t len, struct prose_token **tok, size_t *cap)
{
	size_t i = 0, n = 0;

	for (;;) {
		while (i < len && is_space((unsigned char)line[i]))
			i++;
		if (i == len)
			break;
		xgrow(tok, cap, n + 1, sizeof **tok);
		(*tok)[n].s = line + i;
		while (i < len && !is_space((unsigned char)line[i]))
			i++;
		(*tok)[n].len = (size_t)(line + i - (*tok)[n].s);
		n++;
	}
	return n;
}

static bool
token_is(const struct prose_token *t, const char *word)
{
	return t->len > 0 && t->s[0] == word[0] && t->len == strlen(word) &&
	    memcmp(t->s, word, t->len) == 0;
}

/* A value cell: "111,75", "-15.129", "50%", "1.197.922", "€10", "/". */
static bool
is_number_token(const struct prose_token *t)
{
	size_t i = 0;
	bool digit = false;

	if (token_is(t, "/") || token_is(t, "-"))
		return true;
	if (i < t->len && (t->s[i] == '-' || t->s[i] == '+' || t->s[i] == '('))
		i++;
	if (t->len - i >= 3 && memcmp(t->s + i, "\xe2\x82\xac", 3) == 0)
		i += 3;
	for (; i < t->len; i++) {
		if (is_digit(t->s[i]))
			digit = true;
		else if (t->s[i] != '.' && t->s[i] != ',' && t->s[i] != '%' &&
		    t->s[i] != ')')
			break;
	}
	if (i < t->len && t->len - i == 3 &&
	    memcmp(t->s + i, "\xe2\x82\xac", 3) == 0)
		i += 3;
	return digit && i == t->len;
}

/* How many number tokens end the line; a lone "€" rides along. */
static size_t
numbers_at_end(const struct prose_token *tok, size_t n)
{
	size_t count = 0;

	while (n > 0) {
		n--;
		if (token_is(&tok[n], "\xe2\x82\xac"))
			continue;
		if (!is_number_token(&tok[n]))
			break;
		count++;
	}
	return count;
}

/* Lower-case words of two letters or more: the mark of a sentence. */
static size_t
sentence_words(const struct prose_token *tok, size_t n)
{
	size_t count = 0, i, j;

	for (i = 0; i < n; i++) {
		if (tok[i].len < 2 || !sentence_is_lower(tok[i].s, tok[i].len))
			continue;
		for (j = 0; j < tok[i].len; j++)
			if (is_digit(tok[i].s[j]))
				break;
		if (j == tok[i].len)
			count++;
	}
	return count;
}

/* A line that reads as a sentence ends a figure's region. */
static bool
reads_as_sentence(const struct prose_token *tok, size_t n)
{
	if (n >= 2 && is_number_token(&tok[0]) &&
	    sentence_is_upper(tok[1].s, tok[1].len))
		return false;	/* a footnote: "50 Voor details ..." */
	return sentence_words(tok, n) >= 8 && numbers_at_end(tok, n) < 2;
}

/* A total row ("Totaal 20 20.710.193") closes a figure's region: a total
 * label (common/table/rowlabel.h) and numbers at the end. */
static bool
is_total_row(const struct prose_token *tok, size_t n)
{
	size_t len = (size_t)(tok[n - 1].s + tok[n - 1].len - tok[0].s);

	return n > 1 && rowlabel_kind(tok[0].s, len) == ROWLABEL_TOTAL &&
	    numbers_at_end(tok, n) > 0;
}

/* "4.", "1.2.": the number of a heading or a numbered list item. */
static bool
is_section_number(const struct prose_token *t)
{
	size_t i;

	if (t->len < 2 || t->s[t->len - 1] != '.' || !is_digit(t->s[0]))
		return false;
	for (i = 1; i + 1 < t->len; i++)
		if (!is_digit(t->s[i]) && !(t->s[i] == '.' &&
		    is_digit(t->s[i - 1]) && is_digit(t->s[i + 1])))
			return false;
	return true;
}

/* A bullet, a heading number or a list number starts a new paragraph. */
static bool
is_bullet(const struct prose_token *tok, size_t n)
{
	static const char *const bullets[] = { "\xe2\x80\xa2", "\xe2\x80\x92",
	    "\xe2\x80\x93", "-", "o", "\xe2\x96\xaa", "\xc2\xb7", "*",
	    "\xef\x82\xb7" };
	size_t i;

	for (i = 0; n > 1 && i < sizeof bullets / sizeof bullets[0]; i++)
		if (token_is(&tok[0], bullets[i]))
			return true;
	return n > 1 && is_section_number(&tok[0]) &&
	    sentence_is_upper(tok[1].s, tok[1].len);
}

/* After a blank line, does LINE go on with the paragraph? Only when the
 * paragraph stopped mid-sentence and the line starts in lower case, or
 * with a number followed by a lower-case word, or after a dangling "€". */
static bool
continues(const struct prose_par *par, const struct prose_token *tok, size_t n)
{
	char last = par->text[par->len - 1];

	if (par->len >= 3 && memcmp(par->text + par->len - 3,
	    "\xe2\x82\xac", 3) == 0)
		return true;
	if (strchr(".!?:;", last) != NULL)
		return false;
	if (sentence_is_lower(tok[0].s, tok[0].len))
		return true;
	return n > 1 && is_digit(tok[0].s[0]) && is_number_token(&tok[0]) &&
	    sentence_is_lower(tok[1].s, tok[1].len);
}

static void
par_putc(struct prose_par *par, char c)
{
	xgrow(&par->text, &par->cap, par->len + 2, 1);
	par->text[par->len++] = c;
	par->text[par->len] = '\0';
}

/* Where the last line stopped and this one goes on: a space, or a word
 * broken with a hyphen put back together as the file's words W say
 * (common/text/hyphen.h). */
static void
join(struct prose_par *par, const struct hyphen_words *w,
    const struct prose_token *tok, size_t n)
{
	/* the whole line: "en werknemers" is a left-out part, "en" alone
	 * is no evidence */
	size_t len = (size_t)(tok[n - 1].s + tok[n - 1].len - tok[0].s);

	switch (hyphen_glue(w, par->text, par->len, tok[0].s, len)) {
	case HYPHEN_SPACE:
		par_putc(par, ' ');
		break;
	case HYPHEN_DROP:		/* "onder-" "steunen" */
		if (par->len > 0 && par->text[par->len - 1] == '-')
			par->text[--par->len] = '\0';
		break;
	case HYPHEN_KEEP:		/* "West-" "Vlaanderen" */
		break;
	}
}

static void
append(struct prose_par *par, const struct hyphen_words *w,
    const struct prose_token *tok, size_t n, long lineno)
{
	size_t i;

	if (par->len > 0)
		join(par, w, tok, n);
	xgrow(&par->line_off, &par->lines_cap, par->nlines + 1,
	    sizeof *par->line_off);
	par->line_no = xreallocarray(par->line_no, par->lines_cap,
	    sizeof *par->line_no);
	par->line_off[par->nlines] = par->len;
	par->line_no[par->nlines++] = lineno;
	for (i = 0; i < n; i++) {
		if (i > 0)
			par_putc(par, ' ');
		xgrow(&par->text, &par->cap, par->len + tok[i].len + 1, 1);
		memcpy(par->text + par->len, tok[i].s, tok[i].len);
		par->len += tok[i].len;
		par->text[par->len] = '\0';
	}
}

static void
flush(struct prose *p, prose_emit_fn *emit, void *arg)
{
	if (p->par.len > 0)
		emit(&p->par, arg);
	p->par.len = 0;
	p->par.nlines = 0;
	if (p->par.text != NULL)
		p->par.text[0] = '\0';
}

void
prose_init(struct prose *p)
{
	memset(p, 0, sizeof *p);
}

/* Inside a figure's region: true when LINE is still the figure's. */
static bool
figure_line(struct prose *p, const struct prose_token *tok, size_t n)
{
	if (p->after_total || reads_as_sentence(tok, n)) {
		p->in_figure = false;
		return false;
	}
	if (is_total_row(tok, n))
		p->after_total = true;
	return true;
}

void
prose_feed(struct prose *p, const char *line, size_t len, long lineno,
    bool in_table, prose_emit_fn *emit, void *arg)
{
	struct prose_token *tok;
	size_t n = split_into(line, len, &p->tokens, &p->tokens_cap);

	tok = p->tokens;
	if (p->words == NULL)
		p->words = hyphen_new();
	(void)hyphen_learn(p->words, line, len);	/* full: still joins */

	if (n == 0) {
		p->blank_before = true;
		return;
	}
	if (in_table) {
		flush(p, emit, arg);
		p->in_figure = false;
	} else if (caption_is_figure(line, len)) {
		flush(p, emit, arg);
		p->in_figure = true;
		p->after_total = false;
	} else if (caption_opens(line, len)) {
		flush(p, emit, arg);	/* a caption is no sentence */
	} else if ((p->in_figure && figure_line(p, tok, n)) ||
	    numbers_at_end(tok, n) >= 3) {
		flush(p, emit, arg);
	} else {
		if (p->par.len > 0 && (is_bullet(tok, n) ||
		    (p->blank_before && !continues(&p->par, tok, n))))
			flush(p, emit, arg);
		append(&p->par, p->words, tok, n, lineno);
		p->blank_before = false;
		if (p->par.len >= PROSE_MAX_PARAGRAPH)
			flush(p, emit, arg);	/* memory stays bounded */
		return;
	}
	p->skipped++;
	p->blank_before = false;
}

void
prose_finish(struct prose *p, prose_emit_fn *emit, void *arg)
{
	flush(p, emit, arg);
	p->in_figure = false;
	p->after_total = false;
	p->blank_before = false;
	hyphen_free(p->words);	/* the next file teaches its own */
	p->words = NULL;
}

void
prose_free(struct prose *p)
{
	free(p->par.text);
	free(p->par.line_off);
	free(p->par.line_no);
	free(p->tokens);
	hyphen_free(p->words);
	prose_init(p);
}

long
prose_line_of(const struct prose_par *par, size_t off)
{
	size_t lo = 0, hi = par->nlines;

	if (hi == 0)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (par->line_off[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return par->line_no[lo];
}
