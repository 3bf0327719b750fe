// Vite 8 builds the app as an integrator would: the package from node_modules, its WebAssembly
// copied and hashed by Vite itself. JSX through Vite's own transform (no plugin needed).
export default {
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
};
