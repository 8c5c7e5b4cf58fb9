namespace FurnaceFw.Web
{
    /// <summary>
    /// The whole web UI: one self-contained page (inline CSS and JS, nothing fetched from elsewhere), about 8.3 KB.
    /// It polls /api/status every 2 s and /api/history every minute, one request at a time, so a phone never uses
    /// more than one of the board's few sockets for it. ASCII only: its length is its Content-Length (a test checks both).
    /// </summary>
    public static class IndexPage
    {
        /// <summary>The page. A static field, not a const: a const is an ldstr (an allocation on nanoFramework) at every use.</summary>
        public static readonly string Html = @"<!doctype html>
<html lang=en><head><meta charset=utf-8><meta name=viewport content='width=device-width,initial-scale=1'>
<title>Furnace</title><link rel=icon href='data:,'>
<style>
:root{--bg:#f4f1ec;--card:#fff;--fg:#1d1b19;--mut:#6f6a64;--acc:#d9480f;--ok:#2b8a3e;--bad:#c92a2a;--line:#e4ded6}
@media(prefers-color-scheme:dark){:root{--bg:#151312;--card:#221f1d;--fg:#f1ece6;--mut:#a39d96;--acc:#ff8a3d;--ok:#69db7c;--bad:#ff6b6b;--line:#3a3532}}
*{box-sizing:border-box}body{margin:0;font:16px/1.4 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:760px;margin:auto;padding:12px}
header{display:flex;justify-content:space-between;align-items:center;margin:4px 2px 12px}
h1{font-size:1.25rem;margin:0}.mut{color:var(--mut);font-size:.85rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:14px;margin-bottom:12px}
.hero{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;justify-content:space-between}
#temp{font-size:3.4rem;font-weight:700;line-height:1;color:var(--acc)}
.badge{display:inline-block;padding:3px 10px;border-radius:99px;background:var(--line);font-weight:600}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px}
.tile{border:1px solid var(--line);border-radius:10px;padding:8px}.tile b{display:block;font-size:1.05rem}
.on{color:var(--ok)}.off{color:var(--mut)}.bad{color:var(--bad)}
#problem{display:none;border-color:var(--bad);color:var(--bad)}
svg{width:100%;height:180px;display:block}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
button,input{font:inherit;border-radius:10px;border:1px solid var(--line);padding:10px 14px;background:var(--bg);color:var(--fg)}
button{cursor:pointer;font-weight:600}button.pri{background:var(--acc);border-color:var(--acc);color:#fff}
#target{min-width:5.5em;text-align:center;font-size:1.3rem;font-weight:700}input{width:8em}
#msg{min-height:1.4em;margin-top:8px}#confirm{display:none}
</style></head><body><main>
<header><h1>Furnace</h1><span class=mut><span id=link>link ?</span> &middot; up <span id=uptime>-</span></span></header>
<div class=card id=problem></div>
<div class='card hero'><div><div class=mut>Temperature</div><div id=temp>--</div></div>
<div><div class=mut>Setpoint <span id=setpoint>--</span> &middot; mode <span id=mode>-</span></div><span class=badge id=state>--</span> <span class=mut id=reason></span></div></div>
<div class='card grid'>
<div class=tile><span class=mut>Element</span><b id=element>-</b></div>
<div class=tile><span class=mut>Cutoff relay</span><b id=cutoff>-</b></div>
<div class=tile><span class=mut>Faults</span><b id=faults>-</b></div>
<div class=tile><span class=mut>Latch</span><b id=latch>-</b></div>
<div class=tile><span class=mut>Watchdog resets</span><b id=wdt>-</b></div>
<div class=tile><span class=mut>Sensor</span><b id=sensor>-</b></div>
</div>
<div class=card><div class=mut>Last hours (<span id=hspan>no data yet</span>)</div>
<svg id=chart viewBox='0 0 600 180' preserveAspectRatio=none><polyline id=sp fill=none stroke='var(--mut)' stroke-dasharray='6 5' stroke-width=2 vector-effect=non-scaling-stroke /><polyline id=tl fill=none stroke='var(--acc)' stroke-width=2.5 vector-effect=non-scaling-stroke /></svg>
<div class='row mut' style='justify-content:space-between'><span id=hmin></span><span id=hmax></span></div></div>
<div class=card><div class=mut>Change setpoint</div>
<div class=row style='margin-top:8px'><button id=dn aria-label=down>&minus;</button><span id=target>--</span><button id=up aria-label=up>+</button>
<input id=pin type=password inputmode=numeric autocomplete=off placeholder=PIN><button class=pri id=set>Set</button></div>
<div class=row style='margin-top:10px'><button id=reset style='display:none'>Reset latched trip&hellip;</button></div>
<div id=confirm class=row style='margin-top:8px'><span>Clear the trip? Only when the fault is understood and the furnace is below <b id=below></b>.</span>
<button class=pri id=yes>Yes, reset</button><button id=no>Cancel</button></div>
<div id=msg class=mut></div></div>
</main><script>
const $=i=>document.getElementById(i);let st=null,tgt=null,lastH=0,hist=null,live=[];
const C=v=>v==null?'--':Math.round(v*100)/100+'\u00b0C';
const word=s=>s.replace(/_/g,' ');
function dur(s){const d=Math.floor(s/86400),h=Math.floor(s%86400/3600),m=Math.floor(s%3600/60);return d?d+'d '+h+'h':h?h+'h '+m+'m':m+'m '+s%60+'s'}
async function get(p){for(let i=0;i<3;i++){const r=await fetch(p,{cache:'no-store'});if(r.status!=503)return r.json();await new Promise(f=>setTimeout(f,300))}throw Error('busy')}
async function post(p,b){const r=await fetch(p,{method:'POST',headers:{'Content-Type':'application/json','X-Furnace-Csrf':'1','X-Furnace-Pin':$('pin').value},body:JSON.stringify(b)});const j=await r.json();if(!r.ok)throw Error(j.error||r.status);return j}
function set(id,t,c){const e=$(id);e.textContent=t;if(c!=null)e.className=c}
function render(s){st=s;set('temp',C(s.temperature_c));set('setpoint',C(s.setpoint_c));if(tgt==null)tgt=s.setpoint_c;set('target',C(tgt));
set('mode',s.mode);set('state',word(s.state),'badge'+(s.state=='tripped'||s.state=='config_fault'?' bad':s.state=='heating'?' on':''));live.push(s.temperature_c);if(live.length>30)live.shift();set('reason',word(s.reason));set('uptime',dur(s.uptime_s));set('link',s.link_up?'link up':'link down');
set('element',s.element_on?'on':'off',s.element_on?'on':'off');set('cutoff',s.cutoff_closed?'closed':'open',s.cutoff_closed?'on':(s.latched?'bad':'off'));
set('faults',s.fault_names.length?s.fault_names.map(word).join(', '):'none',s.fault_names.length?'bad':'on');
set('latch',s.latched?'LATCHED':'clear',s.latched?'bad':'on');set('wdt',s.watchdog_resets+(s.last_reset_by_watchdog?' (last boot)':''));
set('sensor',word(s.sensor),s.sensor=='ok'?'on':'bad');set('below',C(s.latch_reset_below_c));$('reset').style.display=s.latched?'':'none';
const p=$('problem');if(s.config_problem){p.style.display='block';p.textContent='Configuration problem'+(s.config_problem.line?' (line '+s.config_problem.line+')':'')+': '+s.config_problem.message+' - the furnace will not heat.'}else p.style.display='none'}
function chart(){const h=hist||{temperature_c:[],setpoint_c:[],interval_s:2},now=st?st.setpoint_c:null;let t=h.temperature_c,sp=h.setpoint_c;
if(!t.length){t=live;sp=live.map(()=>now)}else{t=t.concat([live[live.length-1]]);sp=sp.concat([now])}const n=t.length;if(!n)return;const all=t.concat(sp).filter(v=>v!=null);if(!all.length)return;
let lo=Math.min(...all)-5,hi=Math.max(...all)+5;const x=i=>n<2?600:i*600/(n-1),y=v=>180-(v-lo)*180/(hi-lo);
$('tl').setAttribute('points',t.map((v,i)=>v==null?'':x(i)+','+y(v)).filter(Boolean).join(' '));$('sp').setAttribute('points',sp.map((v,i)=>x(i)+','+y(v)).join(' '));
set('hspan',hist&&hist.count?dur(hist.count*h.interval_s)+', one point a minute':'live, first minute');set('hmin',C(Math.round(lo))+' min');set('hmax',C(Math.round(hi))+' max')}
async function tick(){try{render(await get('/api/status'));if(Date.now()-lastH>60000){hist=await get('/api/history');lastH=Date.now()}chart()}catch(e){set('link','offline')}setTimeout(tick,2000)}
async function outcome(n){for(let i=0;i<20;i++){const s=await get('/api/status');if(s.command_count>n){render(s);return s.last_command_result}await new Promise(f=>setTimeout(f,250))}return 'no answer yet'}
function nudge(d){if(tgt==null||!st)return;tgt=Math.min(st.setpoint_max_c,Math.max(st.setpoint_min_c,tgt+d));set('target',C(tgt))}
$('up').onclick=()=>nudge(1);$('dn').onclick=()=>nudge(-1);
$('set').onclick=async()=>{set('msg','sending...');try{const r=await post('/api/setpoint',{setpoint_c:tgt});set('msg','setpoint '+word(await outcome(r.command_count)))}catch(e){set('msg',e.message)}};
$('reset').onclick=()=>{$('confirm').style.display='flex'};$('no').onclick=()=>{$('confirm').style.display='none'};
$('yes').onclick=async()=>{$('confirm').style.display='none';set('msg','arming...');try{const a=await post('/api/reset-latch',{action:'arm'});const ar=await outcome(a.command_count);if(ar!='armed'){set('msg','arm '+word(ar));return}
const r=await post('/api/reset-latch',{action:'confirm',token:a.token});set('msg','reset '+word(await outcome(r.command_count)))}catch(e){set('msg',e.message)}};
tick();
</script></body></html>
";

        /// <summary>Length in characters, which is the length in bytes (ASCII), counted once: on nanoFramework
        /// String.Length walks the whole string.</summary>
        public static readonly int Length = Html.Length;
    }
}
