// The language server arrives with the editor issue; this file keeps the project reference buildable.
export {};
