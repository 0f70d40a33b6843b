/* xlchart: period headers and the chart over them. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "common/num/year.h"
#include "common/xlsx/xlchart.h"

/* Skip a year (common/num/year) at *S, with its budget phase ("2018BA")
 * when PHASE; true when there was one. */
static bool
year(const char **s, bool phase)
{
	size_t n = year_read(*s, strlen(*s), YEAR_AMONG_NUMBERS,
	    NULL);

	if (n > 0 && !phase)
		n = 4;		/* the year, not a phase after it */
	*s += n;
	return n > 0;
}

/* Skip spaces, then a range mark ("-", "/", an en dash) and spaces. */
static bool
range_mark(const char **s)
{
	const char *p = *s + strspn(*s, " ");

	if (*p == '-' || *p == '/')
		p++;
	else if (strncmp(p, "\xe2\x80\x93", 3) == 0)
		p += 3;
	else
		return false;
	*s = p + strspn(p, " ");
	return true;
}

bool
xlchart_is_period(const char *s)
{
	s += strspn(s, " ");
	if ((s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4' &&
	    s[2] == ' ')
		s += 3;		/* "Q1 2022" */
	if (!year(&s, true))	/* "2018BA", "2019BO" too */
		return false;
	if (range_mark(&s)) {
		if (!year(&s, false) && !(isdigit((unsigned char)s[0]) &&
		    isdigit((unsigned char)s[1]) && (s += 2)))
			return false;	/* "2019-2024", "2019-24" */
	} else if (s[0] == ' ' && (s[1] == 'Q' || s[1] == 'q') &&
	    s[2] >= '1' && s[2] <= '4') {
		s += 3;		/* "2022 Q1" */
	}
	return s[strspn(s, " ")] == '\0';
}

bool
xlchart_periods(char *const *cells, size_t n, size_t *first, size_t *last)
{
	for (size_t i = 1; i < n; i++) {
		size_t j = i;

		while (j < n && xlchart_is_period(cells[j]))
			j++;
		if (j - i >= 2) {
			*first = i;
			*last = j - 1;
			return true;
		}
		i = j;
	}
	return false;
}

void
xlchart_title(const char *title, char *out, size_t n)
{
	size_t len = strlen(title), cut;

	if (n > XLCHART_MAX_TITLE + 1)
		n = XLCHART_MAX_TITLE + 1;
	if (len < n) {
		memcpy(out, title, len + 1);
		return;
	}
	cut = n - 4;		/* room for "..." */
	while (cut > 0 && title[cut] != ' ')
		cut--;
	if (cut == 0)		/* one long word: cut between characters */
		for (cut = n - 4; cut > 0 && (title[cut] & 0xC0) == 0x80;)
			cut--;
	while (cut > 0 && strchr(" ,;:(", title[cut - 1]) != NULL)
		cut--;
	snprintf(out, n, "%.*s...", (int)cut, title);
}

lxw_error
xlchart_add(lxw_workbook *wb, lxw_worksheet *ws, const struct xlchart_table *t)
{
	lxw_chart *chart;
	lxw_chart_series *series;
	size_t n = t->nrows < XLCHART_MAX_SERIES ? t->nrows :
	    XLCHART_MAX_SERIES;

	chart = workbook_add_chart(wb, n == 1 ? LXW_CHART_COLUMN :
	    LXW_CHART_LINE);
	if (chart == NULL)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	char title[XLCHART_MAX_TITLE + 1];

	if (t->title != NULL && t->title[0] != '\0' && t->title[0] != '=') {
		xlchart_title(t->title, title, sizeof title);
		chart_title_set_name(chart, title);
	}
	if (t->unit != NULL && t->unit[0] != '\0' && t->unit[0] != '=')
		chart_axis_set_name(chart->y_axis, t->unit);
	for (size_t i = 0; i < n; i++) {
		series = chart_add_series(chart, NULL, NULL);
		if (series == NULL)
			return LXW_ERROR_MEMORY_MALLOC_FAILED;
		chart_series_set_categories(series, t->sheet, t->header_row,
		    t->first_col, t->header_row, t->last_col);
		chart_series_set_values(series, t->sheet, t->rows[i],
		    t->first_col, t->rows[i], t->last_col);
		chart_series_set_name_range(series, t->sheet, t->rows[i], 0);
	}
	if (n == 1)
		chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
	return worksheet_insert_chart(ws, t->at_row, t->at_col, chart);
}
