#!/usr/bin/env node
// Peer of 'luotsi-admin bench': reads the first worksheet of an .xlsx with exceljs's streaming
// reader (ExcelJS.stream.xlsx.WorkbookReader), the way exceljs's docs read big files.
//
// Usage: node read-exceljs.js FILE.xlsx
// Prints one line, 'rows=N cells=M': N rows with at least one non-empty cell, M non-empty cells.
// A cell is empty when it has no value or its value is the empty string; a formula counts by its
// cached result. Exit 0 on success; on any error a message on stderr and exit 1 (2 for a wrong
// command line).
'use strict';

const ExcelJS = require('exceljs'); // from node_modules beside this script

function isEmpty(value) {
    if (value === undefined || value === null || value === '') return true;
    // exceljs parses a formula's cached result other than t="str" as a number: an error result
    // (#DIV/0!, the usual case) becomes NaN. The cell has a value, so NaN counts as one (an
    // inline empty-string result, which LibreOffice writes, becomes NaN too and is counted).
    if (typeof value === 'object' && !(value instanceof Date)) {
        if ('formula' in value || 'sharedFormula' in value) return isEmpty(value.result);
        if (Array.isArray(value.richText)) return value.richText.every((run) => isEmpty(run.text));
        // An index instead of the text: exceljs did not have the shared strings (see main()).
        if ('sharedString' in value) return true;
    }
    return false;
}

// The name of the first worksheet in the workbook's order, when workbook.xml and its rels came
// before the worksheets in the zip (as Excel and most writers put them); null when not known.
function firstWorksheetName(reader) {
    const sheets = (reader.model && reader.model.sheets) || [];
    const rels = reader.workbookRels || [];
    for (const sheet of sheets) {
        const rel = rels.find((r) => r.Id === sheet.rId);
        if (!rel || !/worksheets\//.test(rel.Target)) continue; // a chart sheet, or not known
        // exceljs names an emitted worksheet only when its target is 'worksheets/sheetN.xml'
        return /^worksheets\/sheet\d+\.xml$/.test(rel.Target) ? sheet.name : null;
    }
    return null;
}

async function main(args) {
    if (args.length !== 1) {
        process.stderr.write('usage: node read-exceljs.js FILE.xlsx\n');
        return 2;
    }
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(args[0], {
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'ignore',
        worksheets: 'emit',
        entries: 'emit',
    });
    let rows = 0;
    let cells = 0;
    let found = false;
    let unresolved = 0;
    // Worksheets come in the zip's order; exceljs drains the ones whose rows are not read.
    for await (const worksheet of reader) {
        const first = firstWorksheetName(reader);
        if (first !== null && worksheet.name !== first) continue;
        found = true;
        for await (const row of worksheet) {
            let filled = 0;
            row.eachCell((cell) => {
                // A formula's cell.value leaves out a falsy cached result (0, false) and an error
                // one; cell.result is the cached result as exceljs read it.
                const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
                if (value !== null && typeof value === 'object' && 'sharedString' in value) {
                    ++unresolved;
                }
                if (!isEmpty(value)) ++filled;
            });
            if (filled > 0) {
                ++rows;
                cells += filled;
            }
        }
        break; // the first worksheet only
    }
    if (!found) throw new Error('exceljs found no worksheet in the file');
    if (unresolved > 0) {
        // exceljs 4.4.0 sometimes reads the worksheets without the shared strings when these come
        // after the worksheets in the zip, as Excel writes them (exceljs issue #683): the cells
        // are then {sharedString: index}, counted as empty, so the count comes out short.
        process.stderr.write(`read-exceljs: warning: exceljs gave ${unresolved} cells as shared `
            + 'string indexes without their text (counted as empty)\n');
    }
    process.stdout.write(`rows=${rows} cells=${cells}\n`);
    return 0;
}

let settled = false;
main(process.argv.slice(2)).then(
    (code) => {
        settled = true;
        process.exitCode = code;
    },
    (error) => {
        settled = true;
        process.stderr.write(`read-exceljs: ${error && error.message ? error.message : error}\n`);
        process.exitCode = 1;
    });
// On a truncated file exceljs can stop in the middle of a worksheet with no error: its stream
// ends, the row iteration never goes on, and node would exit with code 0 and no output.
process.on('beforeExit', () => {
    if (!settled) {
        settled = true;
        process.stderr.write('read-exceljs: exceljs stopped before the end of the worksheet '
            + '(its input ended with no error: a truncated file?)\n');
        process.exitCode = 1;
    }
});
