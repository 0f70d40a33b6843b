/* test_date: each year, date and period form of common/num/date.h. */
#include <string.h>

#include "common/num/date.h"
#include "tests/unit/check.h"

/* NULL: not a date; "!": a date form naming no real day. */
static const struct {
	const char *raw, *iso;
	int kind, year;
	const char *phase;
} cases[] = {
	{ "2022", "2022", DATE_YEAR, 2022, "" },
	{ "2018BA", "2018", DATE_YEAR, 2018, "BA" },
	{ "2020\xC2\xB9", "2020", DATE_YEAR, 2020, "" },	/* a note */
	{ "2019BO", "2019", DATE_YEAR, 2019, "BO" },
	{ "2019 BO", "2019", DATE_YEAR, 2019, "BO" },
	{ "2019bo", "2019", DATE_YEAR, 2019, "BO" },
	{ "1-1-2023", "2023-01-01", DATE_DAY, 2023, "" },
	{ "02/12/2021", "2021-12-02", DATE_DAY, 2021, "" },
	{ "31.10.1974", "1974-10-31", DATE_DAY, 1974, "" },
	{ "2021-12-02", "2021-12-02", DATE_DAY, 2021, "" },
	{ "2021-12", "2021-12", DATE_MONTH, 2021, "" },
	{ "2 december 2021", "2021-12-02", DATE_DAY, 2021, "" },
	{ "22 oktober 2021", "2021-10-22", DATE_DAY, 2021, "" },
	{ "22 okt. 2021", "2021-10-22", DATE_DAY, 2021, "" },
	{ "18de juli 2014", "2014-07-18", DATE_DAY, 2014, "" },
	{ "Vr., 18 Juli 2014", "2014-07-18", DATE_DAY, 2014, "" },
	{ "maandag 22 december 2014", "2014-12-22", DATE_DAY, 2014, "" },
	{ "07.jul.2014", "2014-07-07", DATE_DAY, 2014, "" },
	{ "April 14, 2015", "2015-04-14", DATE_DAY, 2015, "" },
	{ "4 augustus 1678", "1678-08-04", DATE_DAY, 1678, "" },
	{ "december 2021", "2021-12", DATE_MONTH, 2021, "" },
	{ "Oktober 2014", "2014-10", DATE_MONTH, 2014, "" },
	{ "mrt 2020", "2020-03", DATE_MONTH, 2020, "" },
	{ "2019-2024", "2019/2024", DATE_YEARS, 2019, "" },
	{ "2021\xE2\x80\x93" "2027", "2021/2027", DATE_YEARS, 2021, "" },
	{ "2008 \xE2\x80\x93 2022", "2008/2022", DATE_YEARS, 2008, "" },
	{ "2014 t/m 2018", "2014/2018", DATE_YEARS, 2014, "" },
	{ "2019/2024", "2019/2024", DATE_YEARS, 2019, "" },
	{ "medio 2020", "2020-06/2020-07", DATE_PART, 2020, "" },
	{ "eind 2022", "2022-10/2022-12", DATE_PART, 2022, "" },
	{ "begin 2021", "2021-01/2021-03", DATE_PART, 2021, "" },
	{ "Q3 2022", "2022-07/2022-09", DATE_PART, 2022, "" },
	{ "2022-Q1", "2022-01/2022-03", DATE_PART, 2022, "" },
	{ "4de kwartaal 2018", "2018-10/2018-12", DATE_PART, 2018, "" },
	{ "derde kwartaal 2018", "2018-07/2018-09", DATE_PART, 2018, "" },
	{ "H2 2022", "2022-07/2022-12", DATE_PART, 2022, "" },
	{ "1e semester 2023", "2023-01/2023-06", DATE_PART, 2023, "" },
	{ "eerste helft van 2022", "2022-01/2022-06", DATE_PART, 2022, "" },
	{ "01-aug-2019", "2019-08-01", DATE_DAY, 2019, "" },
	{ "23/september/2020", "2020-09-23", DATE_DAY, 2020, "" },
	{ "4e juli van 1995", "1995-07-04", DATE_DAY, 1995, "" },
	{ "1 januari, 2010", "2010-01-01", DATE_DAY, 2010, "" },
	{ "4 augustus 1678 zaterdag", "1678-08-04", DATE_DAY, 1678, "" },
	{ "dec-2018", "2018-12", DATE_MONTH, 2018, "" },
	{ "2017 april", "2017-04", DATE_MONTH, 2017, "" },
	{ "juni van 1992", "1992-06", DATE_MONTH, 1992, "" },
	{ "12-2015", "2015-12", DATE_MONTH, 2015, "" },
	{ "2015-3", "2015-03", DATE_MONTH, 2015, "" },
	{ "jaar 2008", "2008", DATE_YEAR, 2008, "" },
	{ "H2-2019", "2019-07/2019-12", DATE_PART, 2019, "" },
	{ "januari-maart 2022", "2022-01/2022-03", DATE_PART, 2022, "" },
	{ "jan - jun 2022", "2022-01/2022-06", DATE_PART, 2022, "" },
	{ "april tot juni 2021", "2021-04/2021-06", DATE_PART, 2021, "" },
	{ "maart-januari 2022", NULL, 0, 0, "" },
	{ "voorjaar 2012", "2012-03/2012-05", DATE_PART, 2012, "" },
	{ "najaar 2012", "2012-09/2012-11", DATE_PART, 2012, "" },
	{ "van 2 februari 2022 tot 11 maart 2022", "2022-02-02/2022-03-11",
	    DATE_PART, 2022, "" },
	{ "2 februari tot 11 maart 2022", "2022-02-02/2022-03-11", DATE_PART,
	    2022, "" },
	{ "13-15 juli 2013", "2013-07-13/2013-07-15", DATE_PART, 2013, "" },
	{ "14 t/m 15 oktober 2018", "2018-10-14/2018-10-15", DATE_PART, 2018,
	    "" },
	{ "van 14/10/2013 tot 15/10/2013", "2013-10-14/2013-10-15",
	    DATE_PART, 2013, "" },
	{ "1 december 2021 - 31 januari 2022", "2021-12-01/2022-01-31",
	    DATE_YEARS, 2021, "" },
	{ "15 - 13 juli 2013", NULL, 0, 0, "" },
	{ "13 - 15", NULL, 0, 0, "" }, { "juli - 15 augustus 2013", NULL,
	    0, 0, "" },
	{ "2019 q1", "2019-01/2019-03", DATE_PART, 2019, "" },
	{ "1e kwartaal van 2013", "2013-01/2013-03", DATE_PART, 2013, "" },
	{ "29-2-2024", "2024-02-29", DATE_DAY, 2024, "" },
	{ "29-2-2023", "!", 0, 0, "" }, { "31-4-2023", "!", 0, 0, "" },
	{ "30 februari 2019", "!", 0, 0, "" }, { "2021-13", "!", 0, 0, "" },
	{ "2024-2019", NULL, 0, 0, "" }, { "1234", NULL, 0, 0, "" },
	{ "111,75", NULL, 0, 0, "" }, { "15-2", NULL, 0, 0, "" },
	{ "31-10-74", NULL, 0, 0, "" }, { "maart", NULL, 0, 0, "" },
	{ "2018BAX", NULL, 0, 0, "" }, { "Q5 2022", NULL, 0, 0, "" },
	{ "volgend jaar", NULL, 0, 0, "" }, { "", NULL, 0, 0, "" },
	{ "2 december 2021 om 12:00", NULL, 0, 0, "" },
	{ "20222", NULL, 0, 0, "" }, { "13-2015", "!", 0, 0, "" },
	{ "2 december", NULL, 0, 0, "" }, { "jaar", NULL, 0, 0, "" },
	{ "1.234.567", NULL, 0, 0, "" },
};

static void
test_parse(void)
{
	struct date_value v;
	enum date_status st;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *raw = cases[i].raw, *iso = cases[i].iso;

		st = date_parse(raw, strlen(raw), &v);
		if (iso == NULL)
			CHECK(st == DATE_NOT_DATE, "'%s' -> %s '%s', want not "
			    "a date", raw, date_strerror(st), v.iso);
		else if (strcmp(iso, "!") == 0)
			CHECK(st == DATE_INVALID, "'%s' -> %s '%s', want "
			    "invalid", raw, date_strerror(st), v.iso);
		else
			CHECK(st == DATE_OK && strcmp(v.iso, iso) == 0 &&
			    (int)v.kind == cases[i].kind && v.year ==
			    cases[i].year && strcmp(v.phase, cases[i].phase) ==
			    0, "'%s' -> %s '%s' kind %d year %d phase '%s', "
			    "want '%s'", raw, date_strerror(st), v.iso,
			    (int)v.kind, v.year, v.phase, iso);
	}
}

static void
test_months(void)
{
	static const struct { const char *raw; int want; } months[] = {
		{ "januari", 1 }, { "Februari", 2 }, { "mrt", 3 },
		{ "maart", 3 },
		{ "mei", 5 }, { "sept.", 9 }, { "okt", 10 }, { "DEC", 12 },
		{ "decembers", 0 }, { "ma", 0 }, { "", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof months / sizeof months[0]; i++)
		CHECK_INT(months[i].raw, date_month(months[i].raw,
		    strlen(months[i].raw)), months[i].want);
	CHECK(date_valid(2000, 2, 29) && !date_valid(1900, 2, 29),
	    "leap years");
	for (i = 0; i < DATE_STATUS_COUNT; i++)
		CHECK(strcmp(date_strerror(i), "unknown status") != 0,
		    "date_strerror(%zu) missing", i);
}

static void
test_header(void)
{
	static const struct { const char *raw, *iso; } cases[] = {
		{ "2018BA", "2018" }, { "2017 | # projecten", "2017" },
		{ "Beslist in 2022 | steun (MEUR)", "2022" },
		{ "Totaal | 2019-2024", "2019/2024" },
		{ "Periode 2019-2024", "2019/2024" },
		{ "Aantal", NULL }, { "tussen 2019 en 2020", NULL },
		{ "Budget 2020 | 2021", "2021" }, { "", NULL },
	};
	struct date_value v;
	enum date_status st;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		st = date_header(cases[i].raw, strlen(cases[i].raw), &v);
		if (cases[i].iso == NULL)
			CHECK(st != DATE_OK, "header '%s' -> '%s', want none",
			    cases[i].raw, v.iso);
		else
			CHECK(st == DATE_OK && strcmp(v.iso, cases[i].iso) == 0,
			    "header '%s' -> '%s', want '%s'", cases[i].raw,
			    st == DATE_OK ? v.iso : date_strerror(st),
			    cases[i].iso);
	}
}

int
main(void)
{
	test_parse();
	test_header();
	test_months();
	return check_done();
}
