/** Vite's `?raw`: a file's text (the no-js example pages shown in stories). */
declare module '*.html?raw' {
  const text: string;
  export default text;
}
