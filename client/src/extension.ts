// The VS Code client arrives with the editor issue; this file keeps the project reference buildable.
export {};
