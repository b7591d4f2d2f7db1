#!/usr/bin/env node
// The `dossier` command line: flags, help and exit codes live here; each command's work
// lives in commands/, and returns an exit code rather than ending the process itself.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UsageError } from '../core/errors.js';
import { DEFAULT_DB } from '../store/open-store.js';
import { AmbiguousIdError } from '../store/repository.js';
import { runAnalyze } from './commands/analyze.js';
import { runClaims } from './commands/claims.js';
import { runCorrectAlias, runCorrectMerge, runCorrectQuote, runCorrectReject, runCorrectType, runCorrectUndo } from './commands/correct.js';
import { runCorrections } from './commands/corrections.js';
import { runEntities } from './commands/entities.js';
import { runExport } from './commands/export.js';
import type { FilterFlags } from './commands/filters.js';
import { runIngest } from './commands/ingest.js';
import { runList } from './commands/list.js';
import { runOutlets } from './commands/outlets.js';
import { runPortrayal } from './commands/portrayal.js';
import { runQuotes } from './commands/quotes.js';
import { runRelations } from './commands/relations.js';
import { runReport } from './commands/report.js';
import { runSearch } from './commands/search.js';
import { runServe } from './commands/serve.js';
import { runShow } from './commands/show.js';
import { runStats } from './commands/stats.js';
import { runTechniques } from './commands/techniques.js';
import { runTimeline } from './commands/timeline.js';
import type { CommandContext, GlobalOptions } from './context.js';
import { processIo, type Io } from './io.js';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('dossier')
    .description('Turn a pile of news and opinion articles about a conflict into a dossier you can trace to the source.')
    .version('0.1.0')
    .addOption(new Option('--db <path>', 'SQLite database file').env('DOSSIER_DB').default(DEFAULT_DB))
    .option('-q, --quiet', 'no progress bar, summaries or warnings (skipped inputs are still reported)', false)
    .option('--json', 'machine-readable JSON on standard output', false)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  $ dossier ingest sample/                 read every file under sample/ into ./dossier.db
  $ dossier list --outlet "Meridian Wire"  articles of one outlet, newest first
  $ dossier search "dam explosion"         full-text search with highlighted snippets
  $ dossier timeline --actor Mali          dated events with their sources
  $ dossier claims --disagree              figures that do not agree, side by side
  $ dossier serve                          the web UI on http://127.0.0.1:4477/
  $ dossier export --format json --out dossier.json

Exit codes: 0 all fine, 1 some inputs were skipped, 2 usage error, 3 internal error (a bug: please report it).`);

  const ctx = (): CommandContext => ({ global: program.opts<GlobalOptions>(), io });
  const run = (fn: () => Promise<number>) => async () => setExit(await fn());
  const filterOptions = (cmd: Command) => cmd
    .option('--outlet <name>', 'only this outlet (case-insensitive)')
    .option('--author <name>', 'only articles with an author whose name contains this')
    .option('--from <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--language <code>', 'only this language (ISO 639-1, e.g. en, fr)')
    .option('--no-duplicates', 'leave out near-duplicate reposts')
    .option('--limit <n>', 'at most this many results')
    .option('--offset <n>', 'skip this many results first');

  program.command('ingest')
    .description('read articles from files, folders, URLs or standard input into the store')
    .argument('<inputs...>', 'files, folders (read recursively), http(s) URLs, or - for standard input')
    .option('--map <pairs>', 'JSON field names: field=path pairs, e.g. title=headline,text=body.plain')
    .option('--batch-size <n>', 'articles per transaction', '1000')
    .option('--timeout <seconds>', 'give up on a URL after this long', '20')
    .option('--max-size <MB>', 'refuse files larger than this (JSONL is streamed and exempt)', '256')
    .option('--workers <n>', 'threads that read, parse and analyse inputs (default: one per spare core, none for small inputs; 0: none)')
    .option('--no-analyze', 'only store the articles; run "dossier analyze" later')
    .option('--kb <file...>', 'your own knowledge-base entries (JSON), used by the analysis')
    .addHelpText('after', `
Formats are recognised by content and extension:
  text dumps   articles pasted one after another: a headline, an optional subtitle, then a
               byline such as "Outlet – March 5, 2024", "By A | Outlet | March 5, 2024",
               "By A – Outlet – 05.03.2024"; a .txt with no byline is one article
  HTML         main content extracted; title, outlet, author, date from meta tags, JSON-LD, <time>
  RSS / Atom   one article per item (content:encoded preferred)
  JSON / JSONL arrays or one object per line; common field names are recognised, --map overrides

The same article read twice is stored once; a repost elsewhere is kept and marked as a
near-duplicate. Each batch is one transaction: an interrupted ingest can simply be re-run.
New articles are then analysed (entities and their mentions) unless --no-analyze is given.

Examples:
  $ dossier ingest sample/
  $ dossier ingest archive.jsonl --map title=headline,text=body,outlet=source.name
  $ curl -s https://example.org/feed.xml | dossier ingest -
  $ dossier ingest https://example.org/news/article-123 --timeout 10`)
    .action(async (inputs: string[], opts) => setExit(await runIngest(inputs, opts, ctx())));

  filterOptions(program.command('list')
    .description('list stored articles, newest first')
    .addHelpText('after', `
Examples:
  $ dossier list --from 2024-03 --to 2024-03-31
  $ dossier list --author petrova --json`))
    .action(async (flags: FilterFlags) => setExit(await runList({ limit: '50', ...flags }, ctx())));

  program.command('show')
    .description('show one article in full, or one entity with its aliases, articles and co-mentions')
    .argument('<id>', 'article id (or an unambiguous prefix of at least 4 characters), entity id, or entity name or alias')
    .addHelpText('after', `
Examples:
  $ dossier show 3f2a9c
  $ dossier show "Stepanakert"         also found as Khankendi, Stepanagert`)
    .action(async (id: string) => setExit(await runShow(id, ctx())));

  filterOptions(program.command('search')
    .description('full-text search over titles and text, best matches first')
    .option('--entity <name|id>', 'only articles that mention this entity')
    .argument('<query>', 'words, "exact phrases", OR, NOT, prefix* (SQLite FTS5 syntax)')
    .addHelpText('after', `
Examples:
  $ dossier search "fuel depot"
  $ dossier search 'ceasefire NOT Russia' --from 2023
  $ dossier search peacekeep* --outlet Sputnik --json
  $ dossier search ceasefire --entity "European Union"`))
    .action(async (query: string, flags: FilterFlags) => setExit(await runSearch(query, flags, ctx())));

  program.command('analyze')
    .description('analyse articles not yet analysed: entities, time, figures, quotations, events, techniques, relations; then compare')
    .option('--kb <file...>', 'your own knowledge-base entries: a JSON array of {name, type, aliases?, wikidata?, lat?, lon?, country?}')
    .option('--workers <n>', 'analysis threads (default: one per spare core from 400 articles on; 0: none)')
    .addHelpText('after', `
Articles already analysed by this version of Dossier (with the same --kb files) are skipped,
so the command is cheap to repeat.

Examples:
  $ dossier analyze
  $ dossier analyze --kb my-actors.json`)
    .action(async (flags) => setExit(await runAnalyze(flags, ctx())));

  program.command('entities')
    .description('list the entities the corpus names, most mentioned first')
    .option('--type <type>', 'PERSON, ORG, PLACE, GROUP, EVENT or WORK')
    .option('--top <n>', 'how many', '30')
    .option('--name <text>', 'only entities whose name or an alias contains this')
    .addHelpText('after', `
Examples:
  $ dossier entities --type PERSON --top 10
  $ dossier entities --name karabakh --json`)
    .action(async (flags) => setExit(await runEntities(flags, ctx())));

  program.command('timeline')
    .description('dated events in date order: what happened, who took part, where, and which article says so')
    .option('--actor <name|id>', 'only events with this entity as an actor or place')
    .option('--type <type>', 'only this event type (e.g. ceasefire, explosion, displacement, statement)')
    .option('--outlet <name>', 'only events reported by this outlet')
    .option('--from <date>', 'events overlapping the window from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'events overlapping the window up to this date')
    .option('--limit <n>', 'at most this many events (default 200 on a terminal)')
    .option('--csv', 'CSV on standard output (for spreadsheets)', false)
    .addHelpText('after', `
An event's date comes from the time expression that governs its sentence, normalised against
the article's publication date ("on Monday" in a Wednesday article is two days earlier), so
precision varies: a day, a month, a year or a range. Events are reported facts only, not
predictions or threats.

Examples:
  $ dossier timeline --from 2023-09 --to 2023-10
  $ dossier timeline --actor Azerbaijan --type military_operation
  $ dossier timeline --csv > timeline.csv`)
    .action(async (flags) => setExit(await runTimeline(flags, ctx())));

  program.command('claims')
    .description('figures (killed, displaced, troops, money ...) grouped by what they count, with every source side by side')
    .option('--category <c>', 'killed, injured, missing, displaced, population, military_personnel, civilians_sheltered, money, ...')
    .option('--disagree', 'only groups whose figures cannot all be true at once', false)
    .option('--entity <name|id>', 'only figures about this place (or, with --figures, attributed to this source)')
    .option('--figures', 'every figure on its own, in publication order, instead of groups', false)
    .option('--outlet <name>', 'with --figures: only this outlet')
    .option('--from <date>', 'with --figures: published on or after')
    .option('--to <date>', 'with --figures: published on or before')
    .option('--limit <n>', 'at most this many groups or figures')
    .option('--csv', 'CSV on standard output, one line per figure', false)
    .addHelpText('after', `
Figures are grouped when they share a category, a place and the kind of thing counted
(people, soldiers, children, ...) and were reported within two weeks of each other. A group
disagrees when its values cannot all be true once qualifiers are taken into account:
"more than 200" and "about 290" agree, 20 and 68 do not, whether sources dispute the figure
or it was updated over time. Figures are listed in publication order so you can tell which.

Examples:
  $ dossier claims --disagree
  $ dossier claims --category killed --entity "Nagorno-Karabakh"
  $ dossier claims --figures --category displaced --csv > displaced.csv`)
    .action(async (flags) => setExit(await runClaims(flags, ctx())));

  program.command('quotes')
    .description('quotations with their speakers, in publication order')
    .option('--speaker <name|id>', 'only quotations by this entity')
    .option('--outlet <name>', 'only quotations in this outlet')
    .option('--limit <n>', 'at most this many (default 200 on a terminal)')
    .option('--csv', 'CSV on standard output', false)
    .addHelpText('after', `
Direct quotations and partial ones (a phrase in quotation marks inside a reported sentence);
speakers are resolved through titles, descriptions and pronouns ("the minister", "she") to the
named entity where the text allows. Scare quotes are not quotations.

Examples:
  $ dossier quotes --speaker Pashinyan
  $ dossier quotes --outlet "Meridian Wire" --csv > quotes.csv`)
    .action(async (flags) => setExit(await runQuotes(flags, ctx())));

  program.command('outlets')
    .description('per outlet: articles, genre mix, persuasion techniques per 1,000 words, whom it quotes, which actors it names')
    .option('--compare <outlets...>', 'two outlets side by side (quote names with spaces)')
    .option('--top <n>', 'how many techniques, speakers and actors to show', '5')
    .addHelpText('after', `
Every outlet is measured with the same rules. Genre (news, analysis, opinion) is an estimate
from the article's own voice (first person, modal and stance words, questions, techniques),
unless a title label says it. Techniques are SemEval-2020 Task 11 labels; see
"dossier techniques --help" for how they are found.

Examples:
  $ dossier outlets
  $ dossier outlets --compare "Meridian Wire" "Harbor Post"
  $ dossier outlets --json`)
    .action(async (flags) => setExit(await runOutlets(flags, ctx())));

  program.command('portrayal')
    .description('how each outlet portrays one actor: the techniques and loaded terms next to its name')
    .argument('<entity>', 'entity name, alias or id')
    .addHelpText('after', `
A technique span is attached to the nearest actor named in the same sentence.

Examples:
  $ dossier portrayal "Russia"
  $ dossier portrayal Pashinyan --json`)
    .action(async (entity: string) => setExit(await runPortrayal(entity, ctx())));

  program.command('relations')
    .description('typed relations between actors (ally, adversary, mediates, ...) with who asserts them, or the co-mention network')
    .option('--entity <name|id>', 'only relations with this entity at either end')
    .option('--type <type>', 'ally, adversary, mediates, arms_supplier, member_of, leader_of, located_in, other')
    .option('--network', 'pairs of entities named in the same articles instead', false)
    .option('--limit <n>', 'at most this many (default 100 on a terminal)')
    .option('--csv', 'CSV on standard output', false)
    .addHelpText('after', `
A relation is what an article asserts, with its evidence sentence: Dossier reports who says
who stands with whom; it does not decide. Relations stated inside a quotation are marked
"(quoting)": the speaker asserts them, not the outlet. For Gephi: dossier export --format gexf.

Examples:
  $ dossier relations --entity Russia
  $ dossier relations --type mediates --csv > mediation.csv
  $ dossier relations --network --limit 30`)
    .action(async (flags) => setExit(await runRelations(flags, ctx())));

  program.command('techniques')
    .description('flag persuasion techniques in a SemEval-2020 Task 11 (PTC) folder of article<ID>.txt files')
    .requiredOption('--ptc <dir>', 'folder of article<ID>.txt files: title, blank line, one sentence per line')
    .option('--gold <path>', 'score instead of printing: a label file or folder of them (<ID><TAB><technique><TAB><start><TAB><end>)')
    .addHelpText('after', `
Prints one line per flagged span: <ID><TAB><technique><TAB><start><TAB><end>, character
offsets into the whole file (end exclusive), ready for the task's scorer. With --json, one
JSON object per article with the spans, their text and the rule that flagged each.

With --gold, prints scores instead, by the task's partial-overlap measure: spans (techniques
ignored, overlapping spans merged) and labelled (overlap counted only between spans of the same
technique). Only articles present in --ptc are scored. A gold file whose techniques are all "?"
(the task's span template) scores the spans only.

The detector is rules and lexicons kept as data (src/nlp/data/framing/): every span names the
cue, pattern or lexicon entry that flagged it. The same detector runs on ingested articles;
their spans are in the export ("techniques") and in "dossier outlets" / "dossier portrayal".

Example:
  $ dossier techniques --ptc datasets/dev-articles > dev-predictions.txt
  $ dossier techniques --ptc datasets/train-articles --gold datasets/train-labels-task2-technique-classification`)
    .action(async (opts) => setExit(await runTechniques(opts, ctx())));

  program.command('serve')
    .description('browse the dossier in a web browser: UI and JSON API (see /api/openapi.json)')
    .option('--port <n>', 'TCP port (0: any free port)', '4477')
    .option('--host <address>', 'address to listen on; anything but 127.0.0.1/localhost/::1 needs --token', '127.0.0.1')
    .addOption(new Option('--token <token>', 'require this token on every request (Authorization: Bearer, or ?token= once in the browser)').env('DOSSIER_TOKEN'))
    .addHelpText('after', `
Without --token the server answers only requests addressed to this machine
(Host localhost, 127.0.0.1 or [::1]). Corrections made in the UI (merge, reject, fix a type,
aliases, re-attribute a quotation) are stored as your own layer; see "dossier corrections".
Stop it with Ctrl-C.

Examples:
  $ dossier serve                                  then open http://127.0.0.1:4477/
  $ dossier serve --port 8080 --db archive.db
  $ DOSSIER_TOKEN=s3cret dossier serve --host 0.0.0.0`)
    .action(async (flags) => setExit(await runServe(flags, ctx())));

  program.command('report')
    .description('write the dossier as one self-contained HTML file (the web UI with the data inside, works offline)')
    .requiredOption('--out <file>', 'where to write the report, e.g. dossier.html')
    .addHelpText('after', `
The report holds every article, entity and claim; search in it is a plain word match.
Build the UI first (npm run build) if you run from a source checkout.

Examples:
  $ dossier report --out dossier.html
  $ dossier report --db archive.db --out /tmp/archive-report.html`)
    .action(async (flags) => setExit(await runReport(flags, ctx())));

  // Corrections: subcommands get the program's output and exit handling themselves, since
  // main() configures only the top-level commands.
  const correct = program.command('correct')
    .description('fix what the analysis got wrong: merge, reject, retype, aliases, quotation speakers; undo a correction')
    .addHelpText('after', `
Corrections are your own layer over what Dossier found: the articles are never edited, and
every correction is kept with its author and time ("dossier corrections"), exported in the
dossier/1 "corrections" array, and applied again after every analysis, so it survives
re-ingest and upgrades. Entities are given by name, alias or id; a name shared by several
entities is refused with their ids listed.

Examples:
  $ dossier correct merge "A. Petrova" "Ana Petrova"      the first becomes part of the second
  $ dossier correct reject "Rescue"                       not an entity: gone from lists and exports
  $ dossier correct type "Dam Guild" ORG
  $ dossier correct alias "Ana Petrova" --add "Petrova"
  $ dossier correct quote 3be1f0a2 --speaker "Ana Petrova"
  $ dossier correct undo 4
  $ dossier corrections --all`);
  const sub = (name: string) => correct.command(name)
    .option('--author <name>', 'who makes the correction (default: your user name)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError('(run with --help for usage)');
  sub('merge')
    .description('merge two entities: every mention of the first becomes the second, its names become aliases')
    .argument('<from>', 'the entity that goes away (name, alias or id)')
    .argument('<into>', 'the entity that stays')
    .addHelpText('after', `
Example:
  $ dossier correct merge "Petrova" "Ana Petrova" --author lena`)
    .action(async (from: string, into: string, flags) => setExit(await runCorrectMerge(from, into, flags, ctx())));
  sub('reject')
    .description('reject a false entity: it disappears from lists, pages, exports and highlights')
    .argument('<entity>', 'name, alias or id')
    .addHelpText('after', `
Example:
  $ dossier correct reject "Rescue"`)
    .action(async (entity: string, flags) => setExit(await runCorrectReject(entity, flags, ctx())));
  sub('type')
    .description("fix an entity's type")
    .argument('<entity>', 'name, alias or id')
    .argument('<type>', 'PERSON, ORG, PLACE, GROUP, EVENT or WORK')
    .addHelpText('after', `
Example:
  $ dossier correct type "Dam Guild" ORG`)
    .action(async (entity: string, type: string, flags) => setExit(await runCorrectType(entity, type, flags, ctx())));
  sub('alias')
    .description('add an alias to an entity, or remove one')
    .argument('<entity>', 'name, alias or id')
    .option('--add <alias>', 'another name the entity goes by')
    .option('--remove <alias>', 'a name that does not belong to it')
    .addHelpText('after', `
Examples:
  $ dossier correct alias "Ana Petrova" --add "Petrova"
  $ dossier correct alias Mali --remove "Republic"`)
    .action(async (entity: string, flags) => setExit(await runCorrectAlias(entity, flags, ctx())));
  sub('quote')
    .description('re-attribute a quotation to another speaker, or to none')
    .argument('<quote-id>', 'the quotation id (see "dossier quotes --json"), or an unambiguous prefix')
    .requiredOption('--speaker <entity|none>', 'who said it (name, alias or id), or none')
    .addHelpText('after', `
Examples:
  $ dossier correct quote 3be1f0a2 --speaker "Ana Petrova"
  $ dossier correct quote 3be1f0a2 --speaker none`)
    .action(async (quote: string, flags) => setExit(await runCorrectQuote(quote, flags, ctx())));
  sub('undo')
    .description('undo a correction (it stays listed as undone, with who undid it and when)')
    .argument('<id>', 'the correction number shown by "dossier corrections"')
    .option('--kb <file...>', 'the --kb files the store was analysed with (undoing a merge, type or alias re-analyses its articles)')
    .addHelpText('after', `
Example:
  $ dossier correct undo 4 --author lena`)
    .action(async (id: string, flags) => setExit(await runCorrectUndo(id, flags, ctx())));

  program.command('corrections')
    .description('list the corrections made to this dossier, newest first, with who made them and when')
    .option('--all', 'undone corrections too', false)
    .option('--kb-out <file>', 'also write the corrected entities as a --kb file (merged names as aliases, fixed types, added aliases)')
    .addHelpText('after', `
Examples:
  $ dossier corrections
  $ dossier corrections --all --json
  $ dossier corrections --kb-out corrected.json && dossier ingest other/ --db other.db --kb corrected.json`)
    .action(async (flags) => setExit(await runCorrections(flags, ctx())));

  program.command('stats')
    .description('what the store holds: articles, outlets, dates, languages, skipped inputs')
    .action(run(() => runStats(ctx())));

  program.command('export')
    .description('export everything in the dossier/1 contract (see DESIGN.md)')
    .addOption(new Option('--format <format>', 'json: one document; jsonl: one record a line; csv: one file per array; geojson: places and events; gexf: actor network').choices(['json', 'jsonl', 'csv', 'geojson', 'gexf']).default('json'))
    .option('--out <path>', 'file (json, geojson, gexf) or folder, one file per array (jsonl, csv); standard output if omitted')
    .addHelpText('after', `
Examples:
  $ dossier export --out dossier.json
  $ dossier export --format jsonl --out export/     articles.jsonl, entities.jsonl, ...
  $ dossier export --format jsonl | head -1
  $ dossier export --format csv --out tables/       one spreadsheet per array
  $ dossier export --format geojson --out places.geojson    for QGIS
  $ dossier export --format gexf --out network.gexf         for Gephi (co-mentions and relations)`)
    .action(async (flags) => setExit(await runExport(flags, ctx())));

  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = ExitCode.ok;
  const program = buildProgram(io, (c) => { code = c; });
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof UsageError || err instanceof AmbiguousIdError) {
      io.err(`dossier: ${err.message}`);
      return ExitCode.usage;
    }
    io.err(`dossier: unexpected failure: ${(err as Error).stack ?? String(err)}`);
    return 3;
  }
}

function invokedDirectly(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  // A reader that stops early (`dossier entities | head`) closes the pipe: that is the end of the
  // output, not a failure worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(ExitCode.ok);
    throw err;
  });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
