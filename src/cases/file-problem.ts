import type { YAMLError } from 'yaml';

/** A problem in an input file: which file, where inside it, and what is wrong. */
export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

/** One line per problem: `file: path: message`. */
export function formatFileProblem(problem: FileProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** A YAML parser error as "line L, column C: message", with lines counted from `firstLine`. */
export function describeYamlError(error: YAMLError, firstLine = 0): string {
  const pos = error.linePos?.[0];
  const where = pos ? `line ${pos.line + firstLine}, column ${pos.col}: ` : '';
  const message = error.message.split('\n')[0] ?? error.message;
  return `${where}invalid YAML (${message.replace(/ at line \d+, column \d+:?$/, '')})`;
}
