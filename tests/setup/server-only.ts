// Stand-in for the `server-only` package under vitest (aliased in vitest.config.mts): tests run in
// Node, where the guard has nothing to protect.
export {};
