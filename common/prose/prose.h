/* prose: the running text of a PDF-converted document, paragraph by
 * paragraph, with the layout's line breaks folded and table regions left
 * out. Lines are fed one at a time; a finished paragraph is handed to a
 * callback as one string of words separated by single spaces, with a map
 * from byte offsets back to source lines.
 *
 * Folding: a line break is one space; a word broken with a hyphen
 * ("onder-" / "steunen") is joined without the hyphen when both sides are
 * lower case, joined with the hyphen otherwise ("West-" / "Vlaanderen"),
 * and kept apart before "en"/"of" ("werkgevers- en werknemers").
 *
 * Tables are not prose: the caller says which lines lie in a table, as
 * the table detector finds them (common/scan/tabregion), and those lines
 * are left out, and so is a caption whose lines make no table (what
 * follows it is prose then: nothing is lost). A chart's numbers are not
 * prose either: a figure caption ("Figuur N: Title") starts a region that ends after a total row
 * ("Totaal 20 ...") or at the first line that reads as a sentence (eight
 * or more lower-case words, not ending in two numbers, not a footnote).
 * A line ending in three or more numbers is a row of a table that was
 * not found and is left out too. */
#ifndef TABEL_PROSE_H
#define TABEL_PROSE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/text/hyphen.h"

/* A paragraph that grows past this many bytes is handed on as it is. */
#define PROSE_MAX_PARAGRAPH (1024u * 1024)

struct prose_token;

/* One paragraph of folded text. */
struct prose_par {
	char *text;		/* folded text, NUL-terminated, owned */
	size_t len, cap;
	size_t *line_off;	/* where each source line starts in text */
	long *line_no;		/* its source line number */
	size_t nlines, lines_cap;
};

/* The reader's state between lines. */
struct prose {
	struct prose_par par;
	bool in_figure;		/* inside a figure's region */
	bool after_total;	/* the figure region's total row was seen */
	bool blank_before;	/* a blank line came since the last text line */
	long skipped;		/* lines left out as table content */
	struct prose_token *tokens;	/* the current line's words, reused */
	size_t tokens_cap;
	struct hyphen_words *words;	/* the file's, for broken words */
};

typedef void prose_emit_fn(const struct prose_par *par, void *arg);

void prose_init(struct prose *p);
/* Feed source line LINENO (LEN bytes at LINE, no newline), IN_TABLE when
 * it lies in a table; EMIT gets each paragraph that this line completes. */
void prose_feed(struct prose *p, const char *line, size_t len, long lineno,
    bool in_table, prose_emit_fn *emit, void *arg);
/* End of input: emit the last paragraph and reset for the next file. */
void prose_finish(struct prose *p, prose_emit_fn *emit, void *arg);
void prose_free(struct prose *p);

/* The source line of byte OFF of PAR's text. */
long prose_line_of(const struct prose_par *par, size_t off);

#endif
