// What every command receives: the global flags and the terminal. Commands return an exit
// code; only main.ts ends the process.
import type { Io } from './io.js';

export interface GlobalOptions {
  db: string;
  quiet: boolean;
  json: boolean;
}

export interface CommandContext {
  global: GlobalOptions;
  io: Io;
}
