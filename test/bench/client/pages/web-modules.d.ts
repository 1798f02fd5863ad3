// The web client's own modules, which esbuild bundles into the bench pages
// from web/src (see ../build.ts). Loosely typed here on purpose: the test
// project's NodeNext resolution cannot follow web/'s extensionless imports,
// and web's own typecheck covers them.
declare module '@dsv-web/*';
