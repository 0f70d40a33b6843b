/* fuzz_date: the date, year and period reader (common/num/date). Any bytes:
 * a result is an ISO 8601 form that fits DATE_MAX, a day is a real day,
 * the year matches the form, a month name is 0..12, and date_valid()
 * agrees with the Gregorian rule written out here. */
#include <ctype.h>

#include "common/num/date.h"

#define FUZZ_NAME "date"
#include "tests/fuzz/fuzz.h"

static int
days_in(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

/* YYYY, YYYY-MM or YYYY-MM-DD, then optionally "/" and another one. */
static int
iso_form(const char *s)
{
	for (int part = 0; part < 2; part++) {
		for (int i = 0; i < 4; i++)
			if (!isdigit((unsigned char)*s++))
				return 0;
		for (int i = 0; i < 2 && *s == '-'; i++) {
			if (!isdigit((unsigned char)s[1]) ||
			    !isdigit((unsigned char)s[2]))
				return 0;
			s += 3;
		}
		if (*s != '/')
			break;
		s++;
	}
	return *s == '\0';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct date_value v;
	int st, y, m, d, month;

	memset(&v, 0x5a, sizeof v);
	st = date_parse(s, size, &v);
	FUZZ_ASSERT(st >= 0 && st < DATE_STATUS_COUNT, "status %d", st);
	if (st == DATE_OK) {
		FUZZ_ASSERT(memchr(v.iso, 0, DATE_MAX) != NULL && iso_form(v.iso),
		    "'%.*s' -> '%.*s'", (int)size, s, DATE_MAX, v.iso);
		FUZZ_ASSERT(atoi(v.iso) == v.year, "'%s' year %d", v.iso,
		    v.year);
		if (v.kind == DATE_DAY && sscanf(v.iso, "%4d-%2d-%2d", &y, &m,
		    &d) == 3)
			FUZZ_ASSERT(m >= 1 && m <= 12 && d >= 1 &&
			    d <= days_in(y, m), "'%.*s' -> '%s'", (int)size, s,
			    v.iso);
	}
	FUZZ_ASSERT(strlen(date_strerror(st)) > 0, "message");
	month = date_month(s, size);
	FUZZ_ASSERT(month >= 0 && month <= 12, "month %d", month);
	if (size >= 6) {
		y = (data[0] << 8 | data[1]) - 1000;
		m = (signed char)data[2];
		d = (signed char)data[3];
		FUZZ_ASSERT(date_valid(y, m, d) == (m >= 1 && m <= 12 &&
		    d >= 1 && d <= days_in(y, m)), "date_valid(%d, %d, %d)",
		    y, m, d);
	}
	return 0;
}
