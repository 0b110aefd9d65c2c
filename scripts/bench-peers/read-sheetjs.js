#!/usr/bin/env node
// Peer of 'luotsi-admin bench': reads the first worksheet of an .xlsx with SheetJS (npm 'xlsx').
//
// Usage: node read-sheetjs.js FILE.xlsx
// Prints one line, 'rows=N cells=M': N rows with at least one non-empty cell, M non-empty cells.
// A cell is empty when it has no value or its value is the empty string; a formula counts by its
// cached result. Exit 0 on success; on any error a message on stderr and exit 1 (2 for a wrong
// command line).
//
// SheetJS reads the whole file into memory, as XLSX.readFile always does; dense mode (an array of
// rows of cells) is what its docs recommend for big sheets. On a sheet whose XML is longer than
// Node's longest string (about 512 MiB), SheetJS returns no cells and no error: this script
// reports what it returned (rows=0, exit 0, a warning on stderr) and does not hide it; the bench
// compares the count with the one expected.
'use strict';

const XLSX = require('xlsx'); // from node_modules beside this script

function isEmpty(cell) {
    return cell === undefined || cell === null || cell.t === 'z'
        || cell.v === undefined || cell.v === null || cell.v === '';
}

function main(args) {
    if (args.length !== 1) {
        process.stderr.write('usage: node read-sheetjs.js FILE.xlsx\n');
        return 2;
    }
    const workbook = XLSX.readFile(args[0], {dense: true});
    // The first worksheet: chart, dialog and macro sheets carry a '!type' and have no cells.
    const name = workbook.SheetNames.find((n) => !(workbook.Sheets[n] || {})['!type']);
    if (name === undefined) throw new Error('the workbook has no worksheet');
    let rows = 0;
    let cells = 0;
    const sheet = workbook.Sheets[name];
    if (sheet === undefined) {
        // SheetJS swallows an error in parsing a sheet (unless {WTF: true}) and leaves the sheet
        // out: 0.18.5 does so when the sheet's XML is longer than node's longest string
        // (ERR_STRING_TOO_LONG). Reported as it is, rows=0: the bench knows the expected count.
        process.stderr.write(`read-sheetjs: warning: SheetJS returned no cells for sheet '${name}'\n`);
        process.stdout.write('rows=0 cells=0\n');
        return 0;
    }
    // Dense sheets are the array of rows itself in 0.18; in later versions the rows are in '!data'.
    const data = sheet['!data'] || (Array.isArray(sheet) ? sheet : null);
    const countRow = (row) => {
        let filled = 0;
        if (row) {
            for (let c = 0; c < row.length; ++c) {
                if (!isEmpty(row[c])) ++filled;
            }
        }
        if (filled > 0) {
            ++rows;
            cells += filled;
        }
    };
    if (data) {
        for (let r = 0; r < data.length; ++r) countRow(data[r]);
    } else { // sparse sheet (dense mode not honoured): cells keyed by their A1 address
        const byRow = new Map();
        for (const key of Object.keys(sheet)) {
            if (key[0] === '!') continue;
            const r = XLSX.utils.decode_cell(key).r;
            if (!byRow.has(r)) byRow.set(r, []);
            byRow.get(r).push(sheet[key]);
        }
        for (const row of byRow.values()) countRow(row);
    }
    process.stdout.write(`rows=${rows} cells=${cells}\n`);
    return 0;
}

try {
    process.exitCode = main(process.argv.slice(2));
} catch (error) {
    process.stderr.write(`read-sheetjs: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 1;
}
