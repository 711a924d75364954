export type Item = Office.MessageRead;
