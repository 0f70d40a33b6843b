/* xlbook_out: a part of xlbook: where the workbook is written. The
 * temporary file beside the target, or for standard output or a device
 * one in the temporary directory (TMPDIR, where libxlsxwriter also keeps
 * each sheet's rows), copied there on commit; what libxlsxwriter prints
 * on standard error itself caught meanwhile and said as ours. */
#ifndef TABEL_XLBOOK_OUT_H
#define TABEL_XLBOOK_OUT_H

#include "common/xlsx/xlbook.h"

/* Open the output of B for PATH (NULL or "-": standard output): set
 * b->tmp_dir, b->lxw_name (the file to give libxlsxwriter), b->shown and,
 * on failure, b->blame; start catching libxlsxwriter's messages. */
enum outfile_status xlbook_out_open(struct xlbook *b, const char *path);

#endif
