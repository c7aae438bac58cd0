-- Drives Neovim (0.7+) as a real LSP client of sessionlint, headless:
-- start the server over stdio, open a file, wait for diagnostics, request code actions at a
-- cookie-httponly diagnostic, apply the preferred quick fix, wait for the diagnostics to update,
-- save, and write what happened to a JSON file the mocha test reads.
-- Inputs (environment): SESSIONLINT_E2E_FILE, SESSIONLINT_E2E_ROOT, SESSIONLINT_E2E_OUT,
-- SESSIONLINT_LSP_BIN, SESSIONLINT_NODE.

local file = os.getenv('SESSIONLINT_E2E_FILE')
local root = os.getenv('SESSIONLINT_E2E_ROOT')
local out_path = os.getenv('SESSIONLINT_E2E_OUT')
local server = os.getenv('SESSIONLINT_LSP_BIN')
local node = os.getenv('SESSIONLINT_NODE') or 'node'
local TIMEOUT = 30000

local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch), events = {} }

local function event(message)
  table.insert(result.events, message)
end

-- The LSP diagnostic behind a vim.diagnostic item (Neovim keeps it in user_data.lsp).
local function lsp_of(d)
  return (d.user_data and d.user_data.lsp) or d
end

-- The LSP range of a vim.diagnostic item: Neovim 0.7 keeps byte columns only, LSP wants UTF-16.
local function lsp_range(bufnr, d)
  local function position(line, col)
    local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] or ''
    local _, utf16 = vim.str_utfindex(text, math.min(col, #text))
    return { line = line, character = utf16 }
  end
  return { start = position(d.lnum, d.col), ['end'] = position(d.end_lnum or d.lnum, d.end_col or d.col) }
end

local function code_of(d)
  return lsp_of(d).code or d.code
end

local function summary(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = lsp_of(d)
    table.insert(list, {
      code = code_of(d),
      source = d.source,
      severity = d.severity,
      line = lsp_range(bufnr, d).start.line,
      character = lsp_range(bufnr, d).start.character,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end
  table.sort(list, function(a, b)
    if a.line ~= b.line then return a.line < b.line end
    return tostring(a.code) < tostring(b.code)
  end)
  return list
end

local function count(bufnr, code)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then n = n + 1 end
  end
  return n
end

local function finish()
  local handle = assert(io.open(out_path, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'sessionlint',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    settings = { sessionlint = { run = 'onType' } },
    on_exit = function(code) event('server exited with ' .. tostring(code)) end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  event('attached')

  assert(vim.wait(TIMEOUT, function() return count(bufnr, 'cookie-httponly') > 0 end, 50), 'no cookie-httponly diagnostics arrived')
  result.before = summary(bufnr)
  local httponly_before = count(bufnr, 'cookie-httponly')
  event('diagnostics received')

  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'cookie-httponly' then target = d break end
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local range = lsp_range(bufnr, target)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = range,
    context = { diagnostics = { { range = range, code = code_of(target), source = target.source, message = target.message } } },
  }
  local response = client.request_sync('textDocument/codeAction', params, TIMEOUT, bufnr)
  assert(response and not response.err, 'codeAction failed: ' .. vim.inspect(response))
  result.actions = {}
  local fix
  for _, action in ipairs(response.result or {}) do
    table.insert(result.actions, { title = action.title, kind = action.kind or vim.NIL, preferred = action.isPreferred == true })
    -- HttpOnly on a cookie the app writes is a suggestion (its front end may read it), not a preferred fix.
    if action.edit and not fix and action.title:find('^Set HttpOnly') then fix = action end
  end
  assert(fix, 'no HttpOnly quick fix')
  result.applied = fix.title
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  event('fix applied')

  assert(vim.wait(TIMEOUT, function() return count(bufnr, 'cookie-httponly') < httponly_before end, 50), 'the diagnostic did not go away')
  result.after = summary(bufnr)
  vim.cmd('write')
  event('written')
end)

if not ok then result.error = tostring(err) end
finish()
