import { redact } from "../src/engine/redact";
for (const x of [JSON.stringify({detail: ' "LastName":"Aaaa Aaaa" '}), "+1 (200) 200-1000)2015-04-24 15:17:11,290", 'FirstName="Jane" x']) { const a = redact(x).text; console.log(x, "\n ->", a, redact(a).text === a); }
