/* block: the lines of one table candidate, as the detector hands them to
 * a builder (common/flow/build): caption lines, then the body, with what
 * the detector learnt about them, the cells it read of a line among it
 * (common/cells/layout), so that no line is read twice. A block owns
 * copies of its lines, so memory follows the largest table, not the
 * file; it builds nothing. */
#ifndef TABEL_BLOCK_H
#define TABEL_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/layout.h"
#include "common/text/hyphen.h"

/* A cell's view as an offset from its line's start. */
struct block_cell {
	size_t off, len;
};

struct block_line {
	size_t off, len;	/* into the block's buffer */
	long no;		/* source line number */
	bool read;		/* its cells are kept: */
	struct layout_line l;	/* as read, label.s and cells unset */
	size_t label_off;
	size_t first;		/* its cells: the block's cells[first...] */
};

struct block {
	char *buf;
	size_t used, cap;
	struct block_line *lines;
	size_t n, lines_cap;
	struct block_cell *cells;	/* of the lines read */
	size_t ncells, cells_cap;
	size_t body;		/* lines [0, body) are the caption */
	size_t end;		/* lines [body, end) are the table */
	bool numeric;		/* the detector saw consistent value rows */
	size_t width;		/* page width: prose lines reach it */
	const struct hyphen_words *words;	/* of the document so far, to
				 * join broken words; may be NULL */
};

/* Append a copy of LINE as source line NO. */
void block_push(struct block *b, const char *line, size_t len, long no);
/* Keep L, layout_read of LINE (the line pushed last, as given), with it. */
void block_keep_read(struct block *b, const char *line,
    const struct layout_line *l);
/* Line I as block_keep_read kept it into *L, its cells in R (as
 * layout_read leaves them there); false when none was kept. */
bool block_read(const struct block *b, size_t i, struct layout_reader *r,
    struct layout_line *l);
/* Forget all lines and the numeric verdict; keep the storage, the
 * width and the words. */
void block_clear(struct block *b);
void block_free(struct block *b);
/* Does line I hold the text S[0..LEN), leading and trailing spaces
 * aside? */
bool block_same_text(const struct block *b, size_t i, const char *s,
    size_t len);
/* View of line I. */
const char *block_text(const struct block *b, size_t i, size_t *len);

#endif
