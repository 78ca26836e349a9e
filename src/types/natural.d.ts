// natural ships types for its root only; we import submodules so that its root (which loads
// everything and prints to stdout) never runs.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
