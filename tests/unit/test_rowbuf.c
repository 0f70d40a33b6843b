/* test_rowbuf: records held back come back whole and in order. */
#include <stdio.h>
#include <string.h>

#include "common/sys/rowbuf.h"
#include "tests/unit/check.h"

static char got[256];

static void
collect(const struct csvio_row *row, void *ctx)
{
	size_t i, k = strlen(got);

	(void)ctx;
	k += (size_t)snprintf(got + k, sizeof got - k, "%ld:", row->line);
	for (i = 0; i < row->n && k < sizeof got; i++)
		k += (size_t)snprintf(got + k, sizeof got - k, "[%.*s]%zu",
		    (int)row->lens[i], row->fields[i], row->lens[i]);
	strcat(got, ";");
}

int
main(void)
{
	char *a[] = { "Totaal", "1.039,2", "" }, *b[40];
	size_t la[] = { 6, 7, 0 }, lb[40], i;
	struct csvio_row ra = { a, la, 3, 7 }, rb = { b, lb, 40, 9 };
	struct rowbuf buf = { 0 };

	for (i = 0; i < 40; i++) {
		b[i] = "x";
		lb[i] = 1;
	}
	rowbuf_add(&buf, &ra);
	rowbuf_replay(&buf, collect, NULL);
	CHECK_STR("one row", got, "7:[Totaal]6[1.039,2]7[]0;");
	got[0] = '\0';
	rowbuf_replay(&buf, collect, NULL);
	CHECK_STR("emptied", got, "");
	rowbuf_add(&buf, &rb);
	rowbuf_add(&buf, &ra);
	rowbuf_replay(&buf, collect, NULL);
	CHECK(strncmp(got, "9:[x]1", 6) == 0 && strstr(got, ";7:[Totaal]") !=
	    NULL, "two rows, the first wide: %s", got);
	rowbuf_free(&buf);
	return check_done();
}
