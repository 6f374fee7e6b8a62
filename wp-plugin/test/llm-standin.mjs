// A local stand-in for an OpenAI-compatible chat-completions endpoint (POST /v1/chat/completions,
// the published request and response shapes), scripted like a tool-calling model: an order
// number -> get_order_status, anything else -> read_kb; then it answers from the tool results.
// The end-to-end test drives the real LlmBrain, orchestrator and order tool through it (the
// offline brain's order path is covered by the agent's own tests).
import http from 'node:http';

const lastUser = (messages) => [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
const toolResults = (messages) => messages.filter((m) => m.role === 'tool').map((m) => String(m.content));
const completion = (message, finish) => ({
  id: 'chatcmpl-standin', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: 'gpt-4.1-mini',
  choices: [{ index: 0, finish_reason: finish, message }],
  usage: { prompt_tokens: 400, completion_tokens: 30, total_tokens: 430 },
});
const call = (name, args) => completion({ role: 'assistant', content: null,
  tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } }] }, 'tool_calls');
const say = (content) => completion({ role: 'assistant', content }, 'stop');

function answer(req) {
  const messages = req.messages ?? [];
  const text = lastUser(messages);
  const results = toolResults(messages);
  const order = text.match(/\b(\d{5})\b/);
  if (results.length === 0) {
    return order ? call('get_order_status', { order_id: order[1] }) : call('read_kb', { query: text });
  }
  const result = results.join('\n');
  if (order) {
    const plain = result.replace(/^[A-Z_]+:\s*/, '');
    return say(/^FOUND/.test(result) ? plain : `${plain} If you like, I can open a ticket so our team can look into it.`);
  }
  // first retrieved passage, as a model summarising the knowledge base would
  const passage = result.replace(/^\[\d+\][^\n]*?\(\/[^)]*\)\s*/, '').replace(/\*\*|\[([^\]]+)\]\([^)]*\)/g, '$1');
  const source = result.match(/\((\/[a-z0-9/-]+)\)/);
  // like a real model told to cite: the brain keeps only the citations the answer names
  return say(passage.replace(/\s+/g, ' ').slice(0, 300) + (source ? ` (see ${source[1]})` : ''));
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer(JSON.parse(body))));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stderr.write(`[llm-standin] listening on ${process.env.PORT}\n`));
