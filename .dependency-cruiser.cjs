// The architecture's boundaries (README "Architecture"), checked by `npm test` with dependency-cruiser over src/.
// Type-only imports count: a cycle of types is still a cycle.
//
// The exceptions are by design: app.ts and server.ts are the composition root (they build the
// Bot Framework adapter and the restify server), and storage/ implements botbuilder's Storage interface.
// (The cycles and the bot/ ↔ notifications/ imports the structure issue found are gone, with their exceptions.)


const COMPOSITION_ROOT = '^src/(app|server|index)[.]ts$';
// Packages are matched by where they resolve (node_modules/<name>/...), Node's own modules by name.
const BOT_FRAMEWORK = '^node_modules/(botbuilder[^/]*|botframework-[^/]+)/';
const GRAPH_CLIENTS = '^((node:)?(http|https|http2)$|node_modules/(@azure/msal-node|@microsoft/microsoft-graph-client|undici)/)';
const DISK_AND_BLOBS = '^((node:)?fs(/promises)?$|node_modules/(@azure/storage-blob|botbuilder-azure-blobs)/)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-graph-talks-to-graph',
      comment: 'Only src/graph/ reaches Graph (msal-node, HTTP clients); src/demoTenant/ is a separate server with its own HTTP.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(graph|demoTenant)/' },
      to: { path: GRAPH_CLIENTS },
    },
    {
      name: 'only-bot-and-notifications-use-the-bot-framework',
      comment: 'Only src/bot/, src/notifications/ and the Teams plumbing they share (src/teams/) import botbuilder or botframework-*; the composition root wires the adapter.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(bot|notifications|teams|storage)/', COMPOSITION_ROOT] },
      to: { path: BOT_FRAMEWORK, pathNot: DISK_AND_BLOBS },
    },
    {
      name: 'storage-uses-only-bot-framework-types',
      comment: "src/storage/ implements botbuilder's Storage interface: it may import botbuilder's types, nothing else of it.",
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: BOT_FRAMEWORK, pathNot: DISK_AND_BLOBS, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-storage-touches-disk',
      comment: 'Only src/storage/ reads or writes files or blobs.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/storage/' },
      to: { path: DISK_AND_BLOBS },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      comment: 'src/domain/ is the shared vocabulary (days, ranges, money, ids) and the generic helpers (retry policy, worker pool, timed cache, read once) everyone may import: it imports nothing else of ours.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'questions-and-report-are-pure',
      comment: 'src/questions/ and src/report/ use nothing of the Bot Framework, storage, the servers or the notifications.',
      severity: 'error',
      from: { path: '^src/(questions|report)/' },
      to: { path: ['^src/(bot|notifications|storage|demoTenant)/', COMPOSITION_ROOT] },
    },
    {
      name: 'questions-and-report-use-only-graph-types',
      comment: 'src/questions/ and src/report/ may name the shapes of Graph rows (types), never call src/graph/.',
      severity: 'error',
      from: { path: '^src/(questions|report)/' },
      to: { path: '^src/graph/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'bot-does-not-import-notifications',
      comment: 'bot/ and notifications/ share Teams plumbing through src/teams/, not through each other; the composition root connects them.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^src/notifications/' },
    },
    {
      name: 'notifications-do-not-import-bot',
      comment: 'bot/ and notifications/ share Teams plumbing through src/teams/, not through each other; the composition root connects them.',
      severity: 'error',
      from: { path: '^src/notifications/' },
      to: { path: '^src/bot/' },
    },
    {
      name: 'teams-plumbing-imports-neither-bot-nor-notifications',
      comment: 'src/teams/ (connector retries, conversation references, proactive posts) is what bot/ and notifications/ share: it uses neither.',
      severity: 'error',
      from: { path: '^src/teams/' },
      to: { path: '^src/(bot|notifications)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
