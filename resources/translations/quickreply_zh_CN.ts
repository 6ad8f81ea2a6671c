<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessibilityNotice</name>
    <message>
        <location filename="../../desktop/app.py" line="917" />
        <source>Show the macOS prompt</source>
        <translation>打开 macOS 授权提示</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="920" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>AlternativeEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="54" />
        <source>+ Add a message</source>
        <translation>+ 再加一条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="55" />
        <source>− Remove the last message</source>
        <translation>− 删掉最后一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="69" />
        <source>The message the customer reads</source>
        <translation>顾客会收到的消息</translation>
    </message>
</context>
<context>
    <name>CountdownChip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="63" />
        <source>{label}: {state}, target {target}s. Click when answered; right-click to discard.</source>
        <translation>{label}：{state}，目标 {target} 秒。回复后点一下；右键可放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="97" />
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="98" />
        <source>Discard (not counted)</source>
        <translation>误触，放弃（不计入统计）</translation>
    </message>
</context>
<context>
    <name>Countdowns</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="26" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="27" />
        <source>almost due</source>
        <translation>快超时了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="28" />
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="31" />
        <source>greet</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="32" />
        <source>reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="111" />
        <source>Edit reply</source>
        <translation>编辑话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="118" />
        <source>Other ways customers ask, one per line</source>
        <translation>顾客的其他问法，一行一个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="140" />
        <source>+ Another wording</source>
        <translation>+ 另一种说法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="158" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="159" />
        <source>Also asked as</source>
        <translation>其他问法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="160" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="164" />
        <source>Code</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="165" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="166" />
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="169" />
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="170" />
        <source>Tips</source>
        <translation>技巧</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="171" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="193" />
        <location filename="../../desktop/ui/entry_editor.py" line="289" />
        <source>{error}
Fix this file before saving here</source>
        <translation>{error}
请先修好这个文件再保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="240" />
        <source>Already used by {entry}</source>
        <translation>已被 {entry} 使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="262" />
        <source>A question, a category and a reply are needed</source>
        <translation>问题、分类和至少一条回复都要填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="278" />
        <source>Not saved: {error}</source>
        <translation>没有保存：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="296" />
        <source>The file changed</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="298" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="300" />
        <source>— On disk now —
{theirs}

— Yours —
{ours}</source>
        <translation>— 磁盘上的版本 —
{theirs}

— 你的版本 —
{ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="304" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="305" />
        <source>Take theirs</source>
        <translation>用磁盘上的</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="298" />
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="299" />
        <source>Click here, then press the new combination</source>
        <translation>点击这里，再按下新的组合键</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="19" />
        <source>Qianniu quick phrases / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;All files (*)</source>
        <translation>千牛快捷短语 / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Import replies</source>
        <translation>导入话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="46" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="58" />
        <source>Cannot import {file}</source>
        <translation>无法导入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="67" />
        <source>Nothing to change</source>
        <translation>没有变化</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="161" />
        <source>New reply</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="172" />
        <source>The reply the customer will read</source>
        <translation>顾客会看到的回复内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="177" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="178" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="179" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="180" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="198" />
        <source>Give it a category</source>
        <translation>请填写分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="213" />
        <source>Could not save in {folder}: {error}</source>
        <translation>无法保存到 {folder}：{error}</translation>
    </message>
</context>
<context>
    <name>Paster</name>
    <message>
        <location filename="../../desktop/ui/paste.py" line="127" />
        <source>Reply copied: press Ctrl+V in the chat app to paste it</source>
        <translation>回复已复制：请在聊天窗口按 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="132" />
        <source>Could not bring back the chat window; the reply is copied: press Ctrl+V in the chat app to paste it</source>
        <translation>没能切回聊天窗口；回复已复制：请在聊天窗口按 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="147" />
        <location filename="../../desktop/ui/paste.py" line="160" />
        <source>{error}; the reply is copied: press Ctrl+V in the chat app to paste it</source>
        <translation>{error}；回复已复制：请在聊天窗口按 Ctrl+V 粘贴</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="168" />
        <source>Fill in, then Enter pastes (Esc: back)</source>
        <translation>填写后按 Enter 粘贴（Esc 返回）</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../desktop/app.py" line="74" />
        <source>show</source>
        <translation>打开搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="75" />
        <source>new customer</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="76" />
        <source>customer asked</source>
        <translation>顾客提问</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="77" />
        <source>answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="278" />
        <source>{action} hotkey: {error}</source>
        <translation>“{action}”快捷键：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="486" />
        <source>Copied: paste it with Ctrl+V</source>
        <translation>已复制：按 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="551" />
        <source>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>这是团队话术：保存后会生成你的个人版本，原版保留，随时可以恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="556" />
        <source>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>这是默认话术：保存后会生成你的个人版本，原版保留，随时可以恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="572" />
        <source>{question} (copy)</source>
        <translation>{question}（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="582" />
        <source>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</source>
        <translation>团队话术和默认话术不能在这里删除；可以编辑生成个人版本，或请组长修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="590" />
        <source>Revert to the team version?
({path}; the previous version is backed up)</source>
        <translation>恢复为团队版本？
（{path}；当前版本会备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="593" />
        <source>Revert to the bundled version?
({path}; the previous version is backed up)</source>
        <translation>恢复为默认版本？
（{path}；当前版本会备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="596" />
        <source>Delete “{question}”?
({path}; the previous version is backed up)</source>
        <translation>删除“{question}”？
（{path}；删除前的版本会备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="618" />
        <source>Not deleted: {error}</source>
        <translation>未删除：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="621" />
        <source>Deleted: {question}</source>
        <translation>已删除：{question}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="641" />
        <source>Import replies</source>
        <translation>导入话术</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="795" />
        <source>About QuickReply</source>
        <translation>关于 QuickReply</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="797" />
        <source>QuickReply {version}

Quick replies for shop customer service

Playbooks: {playbooks}
Settings: {settings}</source>
        <translation>QuickReply {version}

客服快捷回复工具

话术文件夹：{playbooks}
设置文件：{settings}</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="112" />
        <source>{count} × {bin}s bins</source>
        <translation>{count} 次，每 {bin} 秒一组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="121" />
        <source>target {target}s</source>
        <translation>目标 {target} 秒</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="25" />
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="26" />
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="27" />
        <source>personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="75" />
        <source>personal copy of {layer} entry</source>
        <translation>{layer}话术的个人版本</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="46" />
        <source>Enter paste</source>
        <translation>Enter 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="47" />
        <source>Alt+1…9 paste that row</source>
        <translation>Alt+1…9 粘贴对应行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="48" />
        <source>Tab next wording</source>
        <translation>Tab 换一种说法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="49" />
        <source>Ctrl+C copy</source>
        <translation>Ctrl+C 复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="50" />
        <source>Ctrl+T timers</source>
        <translation>Ctrl+T 计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="51" />
        <source>F1 rules</source>
        <translation>F1 规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="52" />
        <source>F3 today</source>
        <translation>F3 今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="53" />
        <source>Esc hide</source>
        <translation>Esc 隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="79" />
        <source>Part {number} of {count} ready</source>
        <translation>第 {number}/{count} 条待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="245" />
        <source>Type a question, pinyin, initials or keywords…</source>
        <translation>输入问题、拼音、首字母或关键词…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="345" />
        <source>… {count} more (quickreply lint shows all)</source>
        <translation>… 还有 {count} 个（quickreply lint 可查看全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="472" />
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="473" />
        <source>Duplicate (Ctrl+D)</source>
        <translation>复制为新话术 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="475" />
        <source>Revert to the {layer} version</source>
        <translation>恢复{layer}版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="477" />
        <source>Delete (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="585" />
        <source>{count} replies</source>
        <translation>{count} 条话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="587" />
        <source>{count} result(s)</source>
        <translation>{count} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="589" />
        <source>No reply matches “{text}” — Ctrl+N creates one</source>
        <translation>没有找到“{text}” — 按 Ctrl+N 新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="612" />
        <source>Context: {context}</source>
        <translation>背景：{context}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="615" />
        <source>Tips: {tips}</source>
        <translation>技巧：{tips}</translation>
    </message>
</context>
<context>
    <name>ServiceRulesDialog</name>
    <message>
        <location filename="../../desktop/ui/rules_dialog.py" line="34" />
        <source>Service rules</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_dialog.py" line="42" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="51" />
        <source>Show QuickReply</source>
        <translation>呼出快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52" />
        <source>New customer (start the greeting countdown)</source>
        <translation>新客户（开始问候计时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53" />
        <source>Customer asked (start the reply countdown)</source>
        <translation>客户提问（开始回复计时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54" />
        <source>Answered (stop the countdown)</source>
        <translation>已回复（停止计时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58" />
        <source>Greeting target</source>
        <translation>问候时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59" />
        <source>Reply target</source>
        <translation>回复时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60" />
        <source>Warn before the target</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61" />
        <source>Start a reply countdown when QuickReply opens</source>
        <translation>呼出快捷回复时开始回复计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Always show the timers</source>
        <translation>总是显示计时条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Play a sound when time is nearly up</source>
        <translation>快到时限时响提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Play a sound when a reply is late</source>
        <translation>超时时响提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67" />
        <source>Watched chat apps (one per line)</source>
        <translation>监视的聊天软件（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68" />
        <source>Put your clipboard back after</source>
        <translation>恢复剪贴板的等待时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Paste with</source>
        <translation>粘贴用的按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70" />
        <source>Chat apps with their own paste key (one per line: app = key)</source>
        <translation>单独设置粘贴按键的聊天软件（每行一个：软件 = 按键）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73" />
        <source>Send each part (press Enter after each part)</source>
        <translation>分段发送（每段后按回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>Pause between parts</source>
        <translation>分段之间的停顿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75" />
        <source>Use the bundled playbooks</source>
        <translation>使用内置话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76" />
        <source>Team playbook sources (one per line)</source>
        <translation>团队话术来源（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77" />
        <source>Use only these team playbooks (empty = all)</source>
        <translation>只用这些团队话术（留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="80" />
        <source>Hosts allowed over plain http</source>
        <translation>可以用 http 的内网主机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81" />
        <source>Check team playbooks every</source>
        <translation>团队话术更新间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82" />
        <source>Window opacity</source>
        <translation>窗口不透明度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83" />
        <source>Font size (0 = the system's size)</source>
        <translation>字号（0 = 跟随系统）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Theme</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88" />
        <location filename="../../desktop/ui/settings_dialog.py" line="93" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="89" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97" />
        <location filename="../../desktop/ui/settings_dialog.py" line="108" />
        <source>For example:</source>
        <translation>例如：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>A folder or https:// address, for example:</source>
        <translation>文件夹或 https:// 地址，例如：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102" />
        <source>File names without .yaml</source>
        <translation>文件名，不带 .yaml</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>One per line, for example:</source>
        <translation>每行一个，例如：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="115" />
        <source>Type the text (for apps that block pasting)</source>
        <translation>逐字输入（用于禁止粘贴的软件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="119" />
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120" />
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="121" />
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="132" />
        <source>Chinese and Korean systems use this combination to switch the input method</source>
        <translation>中文和韩文系统用这个组合键切换输入法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="421" />
        <source>QuickReply settings</source>
        <translation>快捷回复设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="439" />
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="440" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="441" />
        <source>Chat apps</source>
        <translation>聊天软件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="442" />
        <source>Pasting</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="443" />
        <source>Playbooks</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="444" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="446" />
        <source>Start QuickReply when I log in</source>
        <translation>登录系统后自动启动快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="465" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="466" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="467" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="468" />
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="491" />
        <source>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</source>
        <translation>点击框内，按下新的组合键；按 Backspace 或“清除”关闭该快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="500" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="501" />
        <source>Switch this hotkey off</source>
        <translation>关闭这个快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="520" />
        <source>Countdowns</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="526" />
        <source>Sounds</source>
        <translation>提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="543" />
        <source>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</source>
        <translation>这些软件的窗口提示新消息时，自动开始问候或回复计时。请填写程序名，不区分大小写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="550" />
        <source>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</source>
        <translation>macOS 不会通知快捷回复有新消息，计时只能手动开始：请使用快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="573" />
        <source>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</source>
        <translation>聊天软件不认 Ctrl+V 时，改用 Shift+Insert。贴入回复后，等上面设定的时间再放回你原来的剪贴板内容；聊天软件粘贴慢时请调大。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="633" />
        <source>QuickReply switches to the new language as soon as you apply it.</source>
        <translation>点“应用”后界面立即换成新的语言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="761" />
        <source>{combination} is already used for “{action}”</source>
        <translation>{combination} 已用于“{action}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="802" />
        <source>Fix the hotkeys marked in red first.</source>
        <translation>请先改正标红的快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="807" />
        <source>Nothing was changed:</source>
        <translation>没有应用，设置未改变：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="813" />
        <source>In use now, but not saved: {error}</source>
        <translation>设置已生效，但没能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="832" />
        <source>Could not change start at login: {error}</source>
        <translation>没能更改登录后自动启动：{error}</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="155" />
        <source>QuickReply timers</source>
        <translation>QuickReply 计时条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="159" />
        <source>Drag to move; it snaps to the nearest screen edge</source>
        <translation>拖动可移动，松开后会贴到最近的屏幕边缘</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="110" />
        <source>Pin: stay open after pasting</source>
        <translation>固定：粘贴后不隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="112" />
        <source>Service rules (F1)</source>
        <translation>服务规范 (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="113" />
        <source>Hide (Esc)</source>
        <translation>隐藏 (Esc)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="41" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="42" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="66" />
        <source>{kind}: none yet</source>
        <translation>{kind}：今天还没有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="70" />
        <source>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</source>
        <translation>{kind}：{count} 次 · {share} 在 {target} 秒内 · 中位数 {median} · 90% 在 {p90} 内</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="238" />
        <source>Today</source>
        <translation>今日统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="249" />
        <source>New reply from it…</source>
        <translation>用它新建话术…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="252" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="256" />
        <source>Most used replies</source>
        <translation>最常用话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="258" />
        <source>Searches with no reply</source>
        <translation>没找到话术的搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="281" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;（{since} 起）：粘贴 {pastes} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="284" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes, median {median}s from hotkey to paste</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;（{since} 起）：粘贴 {pastes} 次，从按快捷键到粘贴的中位用时 {median} 秒</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="63" />
        <source>Show search</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="64" />
        <source>New entry</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="65" />
        <source>Today</source>
        <translation>今日统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="66" />
        <source>Pause reminders</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="71" />
        <source>Open playbooks folder</source>
        <translation>打开话术文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="72" />
        <source>Import replies…</source>
        <translation>导入话术…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="73" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="74" />
        <source>Service rules</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="75" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="77" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="90" />
        <source>QuickReply — {waiting} customer(s) waiting, someone is overdue</source>
        <translation>QuickReply — {waiting} 位顾客在等，有人已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="92" />
        <source>QuickReply — {waiting} customer(s) waiting</source>
        <translation>QuickReply — {waiting} 位顾客在等</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="94" />
        <source>QuickReply — nobody waiting</source>
        <translation>QuickReply — 没有顾客在等</translation>
    </message>
</context>
</TS>