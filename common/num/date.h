/* date: years, budget years, dates and periods as written in Dutch
 * sources, to ISO 8601 forms (DESIGN.md §1, §3).
 *
 *   2018BA, 2019 BO          year 2018, phase BA  -> "2018"
 *   2 december 2021          a day                -> "2021-12-02"
 *   1-1-2023, 02/12/2021     a day (day first)    -> "2023-01-01"
 *   december 2021            a month              -> "2021-12"
 *   2019-2024, 2008 – 2022   years                -> "2019/2024"
 *   januari-maart 2022       months               -> "2022-01/2022-03"
 *   Q3 2022, 3de kwartaal    a quarter            -> "2022-07/2022-09"
 *   H1 2022, 1e semester     a half year          -> "2022-01/2022-06"
 *   begin/medio/eind 2020    a part of the year   -> "2020-01/2020-03",
 *                            "2020-06/2020-07", "2020-10/2020-12"
 *   voorjaar/najaar 2012     a season             -> "2012-03/2012-05"
 *   13-15 juli 2013          days                 -> "2013-07-13/2013-07-15"
 *   2 februari tot 11 maart 2022                  -> "2022-02-02/2022-03-11"
 * Ranges include both ends.
 */
#ifndef TABEL_DATE_H
#define TABEL_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* Room for the longest ISO form ("2022-07/2022-09") with a wide margin:
 * the compiler checks that any int fits. */
#define DATE_MAX 48

enum date_status {
	DATE_OK,
	DATE_NOT_DATE,		/* not a date, year or period */
	DATE_INVALID,		/* a date form naming no real day (31-4-2023) */
	DATE_STATUS_COUNT
};

enum date_kind {
	DATE_YEAR,		/* one year, perhaps with a budget phase */
	DATE_MONTH,		/* one month of one year */
	DATE_DAY,		/* one day */
	DATE_PART,		/* a quarter, half or part of one year */
	DATE_YEARS		/* a period of several years */
};

struct date_value {
	char iso[DATE_MAX];	/* the ISO 8601 form */
	enum date_kind kind;
	int year;		/* the year, or the first year of a period */
	char phase[3];		/* budget phase "BA", "BO", or "" */
};

/* Read the LEN bytes at S as one date, year or period into OUT. */
enum date_status date_parse(const char *s, size_t len,
    struct date_value *out);
/* The date a column header names: the first part of a two-level header
 * "TOP | SUB" that is one ("2017 | # projecten": 2017), else the first
 * part holding exactly one year or period word ("Beslist in 2022 | steun
 * (MEUR)": 2022). */
enum date_status date_header(const char *s, size_t len,
    struct date_value *out);
/* The month (1-12) a Dutch month name or abbreviation names ("december",
 * "dec", "dec.", "mrt", "Maart"), 0 for none. */
int date_month(const char *s, size_t len);
/* True when the year Y, month M, day D is a real day. */
bool date_valid(int y, int m, int d);
const char *date_strerror(enum date_status status);

#endif
