/** Entry point of the `talks` command-line tool. */
process.stderr.write('talks: not built yet\n');
process.exitCode = 2;
