// pdf-parse's index.js reads a sample file when it has no parent module; tests import the lib file.
declare module 'pdf-parse/lib/pdf-parse.js' {
  import pdfParse from 'pdf-parse';
  export default pdfParse;
}
