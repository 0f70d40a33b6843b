/* test_wordset: words in, words found, the bound kept. */
#include <stdio.h>
#include <string.h>

#include "common/text/wordset.h"
#include "tests/unit/check.h"

static const char *const words[] = {
	"ondernemen", "sociaal-economische", "één", "a", "", "innovatie",
};

int
main(void)
{
	struct wordset *w = wordset_new(3000);
	char buf[300];
	size_t i;
	int n;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		CHECK_INT(words[i], wordset_add(w, words[i], strlen(words[i])),
		    true);
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		CHECK_INT(words[i], wordset_has(w, words[i], strlen(words[i])),
		    1);
	CHECK_INT("again", wordset_add(w, "a", 1), true);
	CHECK_INT("count", wordset_count(w), 6);
	CHECK_INT("prefix", wordset_has(w, "onderne", 7), 0);
	CHECK_INT("longer", wordset_has(w, "aa", 2), 0);
	CHECK_INT("case", wordset_has(w, "Ondernemen", 10), 0);
	CHECK_INT("NULL", wordset_has(NULL, "a", 1), 0);
	memset(buf, 'x', sizeof(buf));
	CHECK_INT("long", wordset_add(w, buf, 256), false);
	CHECK_INT("255", wordset_add(w, buf, 255), true);
	CHECK_INT("255 in", wordset_has(w, buf, 255), 1);
	for (i = 0; i < 5000; i++) {	/* past the bound, through growth */
		n = snprintf(buf, sizeof(buf), "woord%zu", i);
		if (!wordset_add(w, buf, (size_t)n))
			break;
	}
	CHECK_INT("bound", wordset_count(w), 3000);
	CHECK_INT("full", wordset_add(w, "nieuw", 5), false);
	CHECK_INT("known when full", wordset_add(w, "a", 1), true);
	CHECK_INT("first kept", wordset_has(w, "woord0", 6), 1);
	CHECK_INT("last in", wordset_has(w, "woord2992", 9), 1);
	CHECK_INT("first out", wordset_has(w, "woord2993", 9), 0);
	CHECK_INT("not added", wordset_has(w, "nieuw", 5), 0);
	wordset_free(w);
	wordset_free(NULL);
	return check_done();
}
