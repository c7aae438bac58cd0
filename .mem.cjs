const {generateTsApp}=require('./test/dist/bench/editorInputs');
const {analyze}=require('./rules/dist/engine');
const r=()=>{const m=process.memoryUsage();return `rss ${(m.rss/1048576).toFixed(1)} heapUsed ${(m.heapUsed/1048576).toFixed(1)} heapTotal ${(m.heapTotal/1048576).toFixed(1)}`};
(async()=>{
const big=generateTsApp(5000);
for(let i=0;i<3;i++) await analyze(big,{fileName:'/x/big.ts'});
const a=[];for(let i=0;i<9;i++){const s=process.hrtime.bigint();await analyze(big,{fileName:'/x/big.ts'});a.push(Number(process.hrtime.bigint()-s)/1e6)}a.sort((x,y)=>x-y);
const keep=[];const t0=Date.now();
for(let i=0;i<200;i++){const t=generateTsApp(300,i);keep.push(await analyze(t,{fileName:`/x/f${i}.ts`}));}
console.log((process.execArgv.join(' ')||'(none)').padEnd(40), 'big median', a[4].toFixed(0), '| 200 docs', r(), Date.now()-t0,'ms');
})();
