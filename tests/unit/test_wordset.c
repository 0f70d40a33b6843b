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
		    WORDSET_OK);
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		CHECK_INT(words[i], wordset_has(w, words[i], strlen(words[i])),
		    1);
	CHECK_INT("again", wordset_add(w, "a", 1), WORDSET_OK);
	CHECK_INT("count", wordset_count(w), 6);
	CHECK_INT("prefix", wordset_has(w, "onderne", 7), 0);
	CHECK_INT("longer", wordset_has(w, "aa", 2), 0);
	CHECK_INT("case", wordset_has(w, "Ondernemen", 10), 0);
	CHECK_INT("NULL", wordset_has(NULL, "a", 1), 0);
	memset(buf, 'x', sizeof(buf));
	CHECK_INT("long", wordset_add(w, buf, 256), WORDSET_ETOOLONG);
	CHECK_INT("255", wordset_add(w, buf, 255), WORDSET_OK);
	CHECK_INT("255 in", wordset_has(w, buf, 255), 1);
	for (i = 0; i < 5000; i++) {	/* past the bound, through growth */
		n = snprintf(buf, sizeof(buf), "woord%zu", i);
		if (wordset_add(w, buf, (size_t)n) != WORDSET_OK)
			break;
	}
	CHECK_INT("bound", wordset_count(w), 3000);
	CHECK_INT("full", wordset_add(w, "nieuw", 5), WORDSET_EFULL);
	CHECK_INT("known when full", wordset_add(w, "a", 1), WORDSET_OK);
	CHECK_INT("first kept", wordset_has(w, "woord0", 6), 1);
	CHECK_INT("last in", wordset_has(w, "woord2992", 9), 1);
	CHECK_INT("first out", wordset_has(w, "woord2993", 9), 0);
	CHECK_INT("not added", wordset_has(w, "nieuw", 5), 0);
	wordset_free(w);
	wordset_free(NULL);
	for (i = 0; i < WORDSET_STATUS_COUNT; i++)
		CHECK(strcmp(wordset_strerror(i), "unknown wordset status") !=
		    0, "status %zu has a message", i);
	CHECK_STR("out", wordset_strerror(WORDSET_STATUS_COUNT),
	    "unknown wordset status");
	return check_done();
}
