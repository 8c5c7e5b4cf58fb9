namespace FurnaceFw.Web
{
    /// <summary>
    /// The whole web UI, the furnace's control panel on a phone: one self-contained page (inline CSS and JS, nothing
    /// fetched from elsewhere), about 16 KB. It polls /api/status every 2 s and /api/history every minute and sends
    /// every request, writes included, one at a time, so a phone never uses more than one of the board's few sockets.
    /// Data goes into the page only as text (textContent, SVG attributes), never as markup. ASCII only: its length is
    /// its Content-Length (a test checks both).
    /// </summary>
    public static class IndexPage
    {
        /// <summary>The page. A static field, not a const: a const is an ldstr (an allocation on nanoFramework) at every use.</summary>
        public static readonly string Html = @"<!doctype html>
<html lang=en><head><meta charset=utf-8><meta name=viewport content='width=device-width,initial-scale=1'>
<meta name=color-scheme content='light dark'><title>Furnace</title><link rel=icon href='data:,'>
<style>
:root{--bg:#f4f1ec;--card:#fff;--fg:#1d1b19;--mut:#5c5650;--acc:#b93d0a;--acct:#fff;--ok:#1c6e31;--bad:#b3261e;--line:#d9d2c9}
@media(prefers-color-scheme:dark){:root{--bg:#141211;--card:#211e1c;--fg:#f1ece6;--mut:#b3aca4;--acc:#ff9a5c;--acct:#1a1410;--ok:#7ad98c;--bad:#ff8f87;--line:#3d3835}}
[hidden]{display:none!important}*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,sans-serif;background:var(--bg);color:var(--fg);overflow-wrap:anywhere}
main{max-width:980px;margin:auto;padding:10px;display:grid;gap:12px}
@media(min-width:760px){main{grid-template-columns:1fr 1fr}.wide{grid-column:1/-1}}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:2px 12px}
h1{font-size:1.3rem;margin:0}h2{font-size:1.05rem;margin:0 0 8px}p{margin:6px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:14px;min-width:0}
.alert{border:2px solid var(--bad)}.mut{color:var(--mut)}.on{color:var(--ok)}.bad{color:var(--bad)}
.big{font-size:3.2rem;font-weight:700;line-height:1.05;color:var(--acc)}
.hero{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end;justify-content:space-between}
.badge{display:inline-block;padding:2px 10px;border-radius:99px;border:1px solid currentColor;font-weight:600}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
button,input{font:inherit;border-radius:10px;border:1px solid var(--line);padding:9px 14px;min-height:44px;background:var(--bg);color:var(--fg)}
button{cursor:pointer;font-weight:600}button:disabled{opacity:.5;cursor:not-allowed}
button.pri,button[aria-pressed=true]{background:var(--acc);border-color:var(--acc);color:var(--acct)}
:focus-visible{outline:3px solid var(--acc);outline-offset:2px}
output{min-width:4.5em;text-align:center;font-size:1.25rem;font-weight:700}input{width:9em;max-width:100%}
svg{display:block;width:100%;height:210px}svg text{fill:var(--mut);font-size:12px}
.grid{stroke:var(--line)}.tl{stroke:var(--acc);stroke-width:2.5;fill:none}.sp{stroke:var(--fg);stroke-width:1.5;stroke-dasharray:6 5;fill:none}
.el{fill:var(--acc)}.tr{stroke:var(--bad);stroke-width:2}svg text.trt{fill:var(--bad);font-weight:700}
.key{display:inline-block;width:1.6em;height:.7em;margin-right:4px;vertical-align:middle;border-radius:2px}
.legend span{margin-right:12px;white-space:nowrap}
dl{margin:0;columns:2 230px;column-gap:24px}dl div{display:flex;justify-content:space-between;gap:8px;padding:5px 0;border-bottom:1px solid var(--line);break-inside:avoid}
dt{color:var(--mut)}dd{margin:0;font-weight:600;text-align:right}ol{margin:0;padding-left:1.3em}li{margin:3px 0}
ul{list-style:none;padding:0;margin:8px 0}
</style></head><body><main>
<header class=wide><h1>Furnace</h1><p class=mut id=conn>connecting&hellip;</p></header>
<section class='card alert wide' id=problem role=alert hidden></section>
<section class=card aria-labelledby=hnow><h2 id=hnow>Now</h2>
<div class=hero><div><div class=mut>Temperature</div><div class=big id=temp>--</div></div>
<div><span class=badge id=state>--</span><div class=mut id=reason></div></div></div>
<p id=facts class=mut></p></section>
<section class='card alert wide' id=trip aria-labelledby=htrip hidden><h2 id=htrip class=bad>Tripped: the furnace is off and latched</h2>
<p id=tripwhy></p><p class=mut>A reset only clears the trip; it never turns heat on. It is accepted when:</p><ul id=ready></ul>
<div id=rs1 class=row><button id=arm>Start reset</button></div>
<div id=rs2 hidden><p>Step 2 of 2: confirm within <b id=cd>30</b> s. The furnace checks the sensor and the temperature again.</p>
<div class=row><button class=pri id=confirm>Confirm reset</button><button id=cancel>Cancel</button></div></div>
<p id=rmsg role=status></p></section>
<section class=card aria-labelledby=hctl><h2 id=hctl>Control</h2>
<div class=row role=group aria-label='Heating mode'><button id=heat aria-pressed=false>Heat</button><button id=off aria-pressed=false>Off</button></div>
<div class=row role=group aria-label=Setpoint><span>Setpoint</span><button id=dn aria-label='Lower the setpoint by 1 degree'>&minus;</button>
<output id=target aria-live=polite>--</output><button id=up aria-label='Raise the setpoint by 1 degree'>+</button><button class=pri id=set>Set</button></div>
<div class=row><label for=pin>PIN</label><input id=pin type=password autocomplete=off></div>
<p id=msg role=status class=mut></p></section>
<section class='card wide' aria-labelledby=hhist><h2 id=hhist>History</h2><p class=mut id=hspan>no data yet</p>
<svg id=chart role=img aria-labelledby=ctitle><title id=ctitle>Temperature history</title></svg>
<p id=hrange></p><p class='legend mut'><span><i class=key style='background:var(--acc)'></i>temperature</span><span><i class=key style='border-top:2px dashed var(--fg)'></i>setpoint</span><span><i class=key style='background:var(--acc);opacity:.3'></i>element on</span><span><i class=key style='background:var(--bad)'></i>trip</span></p></section>
<section class=card aria-labelledby=hdet><h2 id=hdet>Details</h2><dl>
<div><dt>Element relay</dt><dd id=element>-</dd></div><div><dt>Cutoff relay</dt><dd id=cutoff>-</dd></div>
<div><dt>Sensor</dt><dd id=sensor>-</dd></div><div><dt>Faults</dt><dd id=faults>-</dd></div>
<div><dt>Watchdog resets</dt><dd id=wdt>-</dd></div><div><dt>Wi-Fi</dt><dd id=wifi>-</dd></div>
<div><dt>Address</dt><dd id=ip>-</dd></div><div><dt>Host control</dt><dd id=host>-</dd></div>
<div><dt>Up</dt><dd id=uptime>-</dd></div><div><dt>Late cycles, sensor errors</dt><dd id=health>-</dd></div></dl></section>
<section class=card aria-labelledby=hlog><h2 id=hlog>Last changes</h2><ol id=log></ol></section>
</main><script>
'use strict';
const $=i=>document.getElementById(i),deg='\u00b0C',TRIP=[3,5];
let st=null,tgt=null,hist=null,histAt=0,live=[],token=0,armEnd=0,timer=0,chain=Promise.resolve();
const C=v=>v==null?'--':Math.round(v*100)/100+deg;
const W=v=>v==null?'-':typeof v=='number'?'#'+v:String(v).replace(/_/g,' ');
const sleep=ms=>new Promise(f=>setTimeout(f,ms));
function dur(s){s=Math.max(0,Math.round(s));const d=Math.floor(s/86400),h=Math.floor(s%86400/3600),m=Math.floor(s%3600/60);return d?d+' d '+h+' h':h?h+' h '+m+' min':m?m+' min':s+' s'}
const ago=s=>s<1?'just now':dur(s)+' ago';
function set(id,t,c){const e=$(id);e.textContent=t;if(c!=null)e.className=c}
function q(f){const p=chain.then(f);chain=p.catch(()=>{});return p}
async function call(p,o){for(let i=0;;i++){const r=await fetch(p,o);if(r.status==503&&i<2){await sleep(400);continue}
let j={};try{j=await r.json()}catch(e){}if(!r.ok)throw Error(j.error||'HTTP '+r.status);return j}}
const get=p=>q(()=>call(p,{cache:'no-store'}));
const post=(p,b)=>q(()=>call(p,{method:'POST',cache:'no-store',headers:{'Content-Type':'application/json','X-Furnace-Csrf':'1','X-Furnace-Pin':$('pin').value},body:JSON.stringify(b)}));
function tripAge(s){for(const t of s.transitions||[])if(t.to=='tripped'||t.to=='boot_loop')return t.age_s;return s.state_age_s}
function render(s){st=s;const w=s.http&&s.http.writes_enabled,bad=['tripped','config_fault','boot_loop'].includes(s.state);
set('conn',(s.link_up?'Wi-Fi'+(s.link_signal_dbm!=null?' '+s.link_signal_dbm+' dBm':'')+(s.link_ip?' at '+s.link_ip:''):'Wi-Fi down')+' \u00b7 up '+dur(s.uptime_s),'mut');
set('temp',C(s.temperature_c));set('state',W(s.state),'badge'+(bad?' bad':s.state=='heating'?' on':''));
set('reason',W(s.reason)+', '+ago(s.state_age_s));
set('facts','Setpoint '+C(s.setpoint_c)+' \u00b7 mode '+W(s.mode)+' \u00b7 element '+(s.element_on?'on':'off')+(s.banking_remaining_s?' \u00b7 banking '+dur(s.banking_remaining_s)+' left':''));
if(tgt==null)tgt=s.setpoint_c;set('target',C(tgt));
$('heat').setAttribute('aria-pressed',s.mode=='heat');$('off').setAttribute('aria-pressed',s.mode=='off');
for(const b of ['heat','off','dn','up','set','pin'])$(b).disabled=!w;if(!w)set('msg','Read-only: no PIN is configured on the furnace (http.pin in nf.config).');
const p=$('problem'),cp=s.config_problem;p.hidden=!cp;
if(cp)p.textContent='Configuration problem in nf.config'+(cp.line?', line '+cp.line:'')+(cp.key?', setting '+cp.key:'')+': '+cp.message+'. The furnace will not heat until the file is fixed and the board restarted.';
renderTrip(s,w);
set('element',s.element_on?'on':'off',s.element_on?'on':'');set('cutoff',s.cutoff_closed?'closed':'open',s.cutoff_closed||!s.latched?'':'bad');
set('sensor',W(s.sensor),s.sensor=='ok'?'on':'bad');set('faults',s.fault_names.length?s.fault_names.map(W).join(', '):'none',s.fault_names.length?'bad':'on');
set('wdt',s.watchdog_resets+(s.last_reset_by_watchdog?' (the last restart)':''),s.last_reset_by_watchdog?'bad':'');
set('wifi',s.link_up?(s.link_signal_dbm!=null?s.link_signal_dbm+' dBm ('+(s.link_signal_dbm>=-60?'good':s.link_signal_dbm>=-75?'fair':'weak')+')':'up, signal unknown'):'down',s.link_up?'':'bad');
set('ip',s.link_ip||'-');set('host',s.host_coop?'co-op (I2C host)':'solo');set('uptime',dur(s.uptime_s));set('health',s.late_cycles+', '+s.sensor_errors);
const log=$('log');log.textContent='';for(const t of s.transitions||[]){const li=document.createElement('li');li.textContent=ago(t.age_s)+': '+W(t.from)+' \u2192 '+W(t.to)+' ('+W(t.reason)+')';log.appendChild(li)}
if(!log.children.length){const li=document.createElement('li');li.textContent='none since start';log.appendChild(li)}
live.push({t:s.uptime_s,v:s.temperature_c,sp:s.setpoint_c});if(live.length>40)live.shift()}
function renderTrip(s,w){$('trip').hidden=!s.latched;if(!s.latched){endArm();return}
set('tripwhy','Why: '+(s.fault_names.length?s.fault_names.map(W).join(', '):W(s.reason))+'. When: '+ago(tripAge(s))+'.');
const ok=s.sensor=='ok'&&s.temperature_c!=null,cool=ok&&s.temperature_c<s.latch_reset_below_c,rules=[[ok,'the sensor reading is valid (now: '+W(s.sensor)+')'],
[cool,'the temperature is below '+C(s.latch_reset_below_c)+' (now: '+C(s.temperature_c)+')']];
if(s.remote_reset_allowed!=null)rules.push([s.remote_reset_allowed,'the over-temperature policy allows a reset from here'+(s.remote_reset_allowed?'':' (reset it at the furnace)')]);
const ul=$('ready');ul.textContent='';let all=true;for(const r of rules){all=all&&r[0];const li=document.createElement('li');li.textContent=(r[0]?'\u2713 yes: ':'\u2717 not yet: ')+r[1];li.className=r[0]?'on':'bad';ul.appendChild(li)}
$('arm').disabled=!w||!all||!!token}
function say(id,t){set(id,t)}
async function outcome(n){for(let i=0;i<24;i++){const s=await get('/api/status');if(s.command_count>n){render(s);return s.last_command_result}await sleep(250)}return 'no answer yet'}
async function write(id,path,body,what){if(!$('pin').value){say(id,'Enter the PIN first.');$('pin').focus();return null}
say(id,what+': sending\u2026');try{const r=await post(path,body);const res=await outcome(r.command_count);say(id,what+': '+W(res));return {r,res}}catch(e){say(id,what+': '+e.message);return null}}
function nudge(d){if(tgt==null||!st)return;tgt=Math.min(st.setpoint_max_c,Math.max(st.setpoint_min_c,Math.round(tgt)+d));set('target',C(tgt))}
$('up').onclick=()=>nudge(1);$('dn').onclick=()=>nudge(-1);
$('set').onclick=()=>write('msg','/api/setpoint',{setpoint_c:tgt},'Setpoint '+C(tgt));
$('heat').onclick=()=>write('msg','/api/mode',{mode:'heat'},'Heat');$('off').onclick=()=>write('msg','/api/mode',{mode:'off'},'Off');
function endArm(){token=0;clearInterval(timer);$('rs2').hidden=true;$('rs1').hidden=false}
$('arm').onclick=async()=>{const a=await write('rmsg','/api/reset-latch',{action:'arm'},'Step 1, arm');if(!a||a.res!='armed')return;
token=a.r.token;armEnd=Date.now()+a.r.arm_window_s*1000;$('rs1').hidden=true;$('rs2').hidden=false;$('confirm').focus();tickArm();timer=setInterval(tickArm,500)};
function tickArm(){const left=Math.ceil((armEnd-Date.now())/1000);set('cd',Math.max(0,left));if(left<=0){endArm();say('rmsg','The arm expired: start again.')}}
$('confirm').onclick=async()=>{const t=token;endArm();const c=await write('rmsg','/api/reset-latch',{action:'confirm',token:t},'Reset');
if(c&&c.res=='accepted')say('rmsg','Trip cleared. Heat stays off until you turn it on.')};
$('cancel').onclick=()=>{endArm();say('rmsg','Reset cancelled (the arm expires by itself).')};
const NS='http://www.w3.org/2000/svg';
function el(p,n,a,t){const e=document.createElementNS(NS,n);for(const k in a)e.setAttribute(k,a[k]);if(t!=null)e.textContent=t;p.appendChild(e);return e}
function points(){const now=st?[{a:0,v:st.temperature_c,sp:st.setpoint_c,d:0,x:TRIP.includes({tripped:3,boot_loop:5}[st.state])}]:[];
if(hist&&hist.count){const n=hist.count,iv=hist.interval_s,lag=hist.newest_age_s+(Date.now()-histAt)/1000,r=[];
for(let i=0;i<n;i++)r.push({a:lag+(n-1-i)*iv,v:hist.temperature_c[i],sp:hist.setpoint_c[i],d:hist.duty_percent[i],x:TRIP.includes(hist.state[i]),iv});return r.concat(now)}
const last=live.length?live[live.length-1].t:0;return live.map(p=>({a:last-p.t,v:p.v,sp:p.sp,d:0}))}
function chart(){const svg=$('chart'),pts=points(),vs=pts.map(p=>p.v).filter(v=>v!=null);while(svg.lastChild!=$('ctitle'))svg.removeChild(svg.lastChild);
if(!vs.length)return;const Wd=svg.clientWidth||600,H=210,x0=44,x1=Wd-10,y0=10,y1=H-24;
let span=Math.max(60,...pts.map(p=>p.a+(p.iv||0)));const mn=Math.min(...vs),mx=Math.max(...vs);let lo=mn,hi=mx;
if(hi-lo<5){const c=(hi+lo)/2;lo=c-2.5;hi=c+2.5}const pad=(hi-lo)*.08;lo-=pad;hi+=pad;
const X=a=>x1-a/span*(x1-x0),Y=v=>y1-(v-lo)/(hi-lo)*(y1-y0);svg.setAttribute('viewBox','0 0 '+Wd+' '+H);
svg.dataset.lo=lo;svg.dataset.hi=hi;svg.dataset.min=mn;svg.dataset.max=mx;
const clip=el(el(svg,'defs',{}),'clipPath',{id:'plot'});el(clip,'rect',{x:x0,y:y0,width:x1-x0,height:y1-y0});
for(const f of [0,.5,1]){const v=lo+(hi-lo)*f;el(svg,'line',{x1:x0,x2:x1,y1:Y(v),y2:Y(v),class:'grid'});el(svg,'text',{x:x0-4,y:Y(v)+4,'text-anchor':'end'},Math.round(v))}
const steps=[60,300,600,900,1800,3600,7200,10800],max=Math.max(2,Math.floor((x1-x0)/85));let step=steps.find(s=>span/s<=max)||21600;
for(let a=0;a<=span;a+=step)el(svg,'text',{x:X(a),y:H-6,'text-anchor':a==0?'end':'middle'},a==0?'now':a<3600?a/60+' min ago':a/3600+' h ago');
const g=el(svg,'g',{'clip-path':'url(#plot)'});let trips=0;
pts.forEach((p,i)=>{const iv=p.iv||0;if(p.d>0)el(g,'rect',{x:X(p.a+iv),y:y0,width:Math.max(1,X(p.a)-X(p.a+iv)),height:y1-y0,class:'el',opacity:(.12+.3*p.d/100).toFixed(2)});
if(p.x&&!(i&&pts[i-1].x)){trips++;const x=X(p.a+iv);el(g,'line',{x1:x,x2:x,y1:y0,y2:y1,class:'tr'});el(svg,'text',{x:Math.min(x+3,x1-24),y:y0+12,class:'trt'},'trip')}});
const path=k=>{let d='',up=false;for(const p of pts){if(p[k]==null){up=false;continue}d+=(up?'L':'M')+X(p.a).toFixed(1)+' '+Y(p[k]).toFixed(1);up=true}return d};
el(g,'path',{d:path('sp'),class:'sp'});el(g,'path',{d:path('v'),class:'tl'});svg.dataset.trips=trips;
const spn=st?st.setpoint_c:null,off=spn==null?'':spn>hi?' The setpoint ('+C(spn)+') is above the chart.':spn<lo?' The setpoint ('+C(spn)+') is below the chart.':'';
set('hspan',(hist&&hist.count?'Last '+dur(span)+', one point a minute':'Live readings until the first minute is recorded')+'. Times are ago from now.');
set('hrange','Recorded: min '+C(mn)+', max '+C(mx)+'.'+off);set('ctitle','Temperature over the last '+dur(span)+': from '+C(mn)+' to '+C(mx)+(trips?', '+trips+' trip(s)':''))}
async function tick(){try{render(await get('/api/status'));if(!hist||Date.now()-histAt>60000){hist=await get('/api/history');histAt=Date.now()}chart()}
catch(e){set('conn','offline: '+e.message,'bad')}setTimeout(tick,2000)}
addEventListener('resize',()=>chart());tick();
</script></body></html>
";

        /// <summary>Length in characters, which is the length in bytes (ASCII), counted once: on nanoFramework
        /// String.Length walks the whole string.</summary>
        public static readonly int Length = Html.Length;
    }
}
