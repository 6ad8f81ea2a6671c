<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessibilityNotice</name>
    <message>
        <location filename="../../desktop/app.py" line="558" />
        <source>{explanation}.</source>
        <translation>{explanation}。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="566" />
        <source>Show the macOS prompt</source>
        <translation>打开 macOS 授权提示</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="569" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>AlternativeEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="60" />
        <source>+ Add a message</source>
        <translation>+ 再加一条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="61" />
        <source>− Remove the last message</source>
        <translation>− 删掉最后一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="75" />
        <source>The message the customer reads</source>
        <translation>顾客会收到的消息</translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="199" />
        <source>{count} more waiting: choose one when answered</source>
        <translation>还有 {count} 位顾客在等：回复后在这里选中对应的一位</translation>
    </message>
</context>
<context>
    <name>CountdownChip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="68" />
        <source>{label}: {state}, target {target}s. Click when answered; right-click to discard.</source>
        <translation>{label}：{state}，目标 {target} 秒。回复后点一下；右键可放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="102" />
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="103" />
        <source>Discard (not counted)</source>
        <translation>误触，放弃（不计入统计）</translation>
    </message>
</context>
<context>
    <name>Countdowns</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="29" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="30" />
        <source>almost due</source>
        <translation>快超时了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="31" />
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="34" />
        <source>greet</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="35" />
        <source>reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>EntryEditing</name>
    <message>
        <location filename="../../desktop/ui/editing.py" line="75" />
        <source>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>这是团队话术：保存后会生成你的个人版本，原版保留，随时可以恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="80" />
        <source>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>这是默认话术：保存后会生成你的个人版本，原版保留，随时可以恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="110" />
        <source>{question} (copy)</source>
        <translation>{question}（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="120" />
        <source>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</source>
        <translation>团队话术和默认话术不能在这里删除；可以编辑生成个人版本，或请组长修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="143" />
        <source>Revert to the team version?
({path}; the previous version is backed up)</source>
        <translation>恢复为团队版本？
（{path}；当前版本会备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="145" />
        <source>Revert to the bundled version?
({path}; the previous version is backed up)</source>
        <translation>恢复为默认版本？
（{path}；当前版本会备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="147" />
        <source>Delete “{question}”?
({path}; the previous version is backed up)</source>
        <translation>删除“{question}”？
（{path}；删除前的版本会备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="156" />
        <source>Not deleted: {error}</source>
        <translation>未删除：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="159" />
        <source>Deleted: {question}</source>
        <translation>已删除：{question}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="183" />
        <source>Import replies</source>
        <translation>导入话术</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="117" />
        <source>Edit reply</source>
        <translation>编辑话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="117" />
        <source>New reply</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="124" />
        <source>Other ways customers ask, one per line</source>
        <translation>顾客的其他问法，一行一个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="147" />
        <source>+ Another wording</source>
        <translation>+ 另一种说法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="175" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="176" />
        <source>Also asked as</source>
        <translation>其他问法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="177" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="181" />
        <source>Code</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="182" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="183" />
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="186" />
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="187" />
        <source>Tips</source>
        <translation>技巧</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="188" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="220" />
        <location filename="../../desktop/ui/entry_editor.py" line="325" />
        <source>{error}
Fix this file before saving here</source>
        <translation>{error}
请先修好这个文件再保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="269" />
        <source>Already used by “{question}”</source>
        <translation>已被“{question}”使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="292" />
        <source>A question, a category and a reply are needed</source>
        <translation>问题、分类和至少一条回复都要填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="313" />
        <source>Not saved: {error}</source>
        <translation>没有保存：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="333" />
        <source>The file changed</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="335" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="337" />
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
        <location filename="../../desktop/ui/entry_editor.py" line="341" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="342" />
        <source>Take theirs</source>
        <translation>用磁盘上的</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="324" />
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="325" />
        <source>Click here, then press the new combination</source>
        <translation>点击这里，再按下新的组合键</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Qianniu quick phrases / Espanso / CSV / YAML / script books (*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;All files (*)</source>
        <translation>千牛快捷短语 / Espanso / CSV / YAML / 话术文档 (*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="73" />
        <source>Import replies</source>
        <translation>导入话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="81" />
        <source>Pick a playbook to update, or type a new name</source>
        <translation>选一个要更新的话术文件，或输入新文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="83" />
        <source>Into playbook</source>
        <translation>导入到话术文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="89" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="110" />
        <location filename="../../desktop/ui/import_dialog.py" line="151" />
        <source>Cannot import {file}</source>
        <translation>无法导入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="120" />
        <source>Make the fill-ins placeholders the agent fills in: {found}</source>
        <translation>把这些待填内容变成粘贴时由客服填写的占位符：{found}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="127" />
        <source>the same in every chat: set it once here</source>
        <translation>每个会话都一样：在这里填一次即可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="161" />
        <source>Nothing to change</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="176" />
        <source>Imported {count} replies into {file}</source>
        <translation>已导入 {count} 条话术到 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="183" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="186" />
        <source>About QuickReply</source>
        <translation>关于 QuickReply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="188" />
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
    <name>Paster</name>
    <message>
        <location filename="../../desktop/ui/paste.py" line="173" />
        <source>Reply copied: press {paste} in the chat app to paste it</source>
        <translation>回复已复制：请在聊天窗口按 {paste} 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="178" />
        <source>Could not bring back the chat window; the reply is copied: press {paste} in the chat app to paste it</source>
        <translation>没能切回聊天窗口；回复已复制：请在聊天窗口按 {paste} 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="182" />
        <source>{error}; the reply is copied: press {paste} in the chat app to paste it</source>
        <translation>{error}；回复已复制：请在聊天窗口按 {paste} 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="188" />
        <source>Pasted. Your own clipboard could not be kept: the program holding it is not answering</source>
        <translation>已粘贴。你原来剪贴板里的内容没能保留：占用剪贴板的程序没有响应</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="230" />
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="231" />
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="232" />
        <source>Customer's name</source>
        <translation>顾客称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="233" />
        <source>Answer by (time)</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="234" />
        <source>Restock date</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="235" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="236" />
        <source>Coupon code</source>
        <translation>优惠券码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="237" />
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="255" />
        <source>Fill in, then Enter pastes (Esc: back)</source>
        <translation>填写后按 Enter 粘贴（Esc 返回）</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../desktop/app.py" line="57" />
        <source>show</source>
        <translation>打开搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="58" />
        <source>new customer</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59" />
        <source>customer asked</source>
        <translation>顾客提问</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60" />
        <source>answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="312" />
        <source>{action} hotkey: {error}</source>
        <translation>“{action}”快捷键：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="414" />
        <source>Your replies are imported. Keep searching the bundled example replies too? They tell customers a demo shop's facts until you set yours (F4).</source>
        <translation>你们的话术已导入。还要继续搜索自带的示例话术吗？在填写店铺信息（F4）之前，它们会把示例店铺的信息发给顾客。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="421" />
        <source>Switch the bundled replies off</source>
        <translation>关闭自带话术</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="423" />
        <source>Keep them</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="437" />
        <source>The bundled replies are off until a restart: {path} could not be saved ({reason})</source>
        <translation>自带话术已关闭，但重启后会恢复：无法保存 {path}（{reason}）</translation>
    </message>
</context>
<context>
    <name>ReplyFlow</name>
    <message>
        <location filename="../../desktop/ui/reply_flow.py" line="294" />
        <source>Copied: paste it with {paste}</source>
        <translation>已复制：按 {paste} 粘贴</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="121" />
        <source>{count} answered, counted per {bin} seconds</source>
        <translation>已回复 {count} 次，每 {bin} 秒一格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="128" />
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
        <location filename="../../desktop/ui/search_window.py" line="64" />
        <source>Enter paste</source>
        <translation>Enter 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="65" />
        <source>Alt+1…9 paste that row</source>
        <translation>Alt+1…9 粘贴对应行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="66" />
        <source>Tab next wording</source>
        <translation>Tab 换一种说法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="67" />
        <source>Ctrl+C copy</source>
        <translation>Ctrl+C 复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="68" />
        <source>Ctrl+T timers</source>
        <translation>Ctrl+T 计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66" />
        <source>F1 rules</source>
        <translation>F1 规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="55" />
        <source>F3 today</source>
        <translation>F3 今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="70" />
        <source>Esc hide</source>
        <translation>Esc 隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="97" />
        <source>Part {number} of {count} ready</source>
        <translation>第 {number}/{count} 条待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="343" />
        <source>Type a question, pinyin, initials or keywords…</source>
        <translation>输入问题、拼音、首字母或关键词…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="435" />
        <source>… {count} more (quickreply lint shows all)</source>
        <translation>… 还有 {count} 个（quickreply lint 可查看全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="597" />
        <source>{status}: Enter sends it, Esc keeps it for later</source>
        <translation>{status}：按 Enter 发送，按 Esc 稍后再发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="617" />
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="618" />
        <source>Duplicate (Ctrl+D)</source>
        <translation>复制为新话术 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="620" />
        <source>Revert to the {layer} version</source>
        <translation>恢复{layer}版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="622" />
        <source>Delete (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="787" />
        <source>No category has groups like 淘宝/售前 to limit the results to</source>
        <translation>没有像 淘宝/售前 这样分级的分组，无法按一级分组筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="795" />
        <source>Every reply is in one language: there is nothing to limit</source>
        <translation>所有话术都是同一种语言，不用筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="803" />
        <source>All replies come from one playbook: there is nothing to limit</source>
        <translation>所有话术都来自同一个话术文件，不用筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="815" />
        <source>Only {limits}: {count} result(s) · Ctrl+G group · Ctrl+L language · Ctrl+P playbook</source>
        <translation>只看{limits}：{count} 条结果 · Ctrl+G 分组 · Ctrl+L 语言 · Ctrl+P 话术文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="820" />
        <source>{count} replies</source>
        <translation>{count} 条话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="822" />
        <source>{count} result(s)</source>
        <translation>{count} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="824" />
        <source>No reply matches “{text}” — Ctrl+N creates one</source>
        <translation>没有找到“{text}” — 按 Ctrl+N 新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="838" />
        <source>Demo values in this reply: {values}. F4 sets your shop's own.</source>
        <translation>这条话术里还是示例值：{values}。按 F4 填写你们店自己的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="852" />
        <source>Context: {context}</source>
        <translation>背景：{context}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="855" />
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
        <location filename="../../desktop/ui/settings_dialog.py" line="55" />
        <source>Show QuickReply</source>
        <translation>呼出快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56" />
        <source>New customer (start the greeting countdown)</source>
        <translation>新客户（开始问候计时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57" />
        <source>Customer asked (start the reply countdown)</source>
        <translation>客户提问（开始回复计时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58" />
        <source>Answered (stop the countdown)</source>
        <translation>已回复（停止计时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62" />
        <source>Greeting target</source>
        <translation>问候时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63" />
        <source>Reply target</source>
        <translation>回复时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Warn before the target</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Start a reply countdown when QuickReply opens</source>
        <translation>呼出快捷回复时开始回复计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68" />
        <source>Always show the timers</source>
        <translation>总是显示计时条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Play a sound when time is nearly up</source>
        <translation>快到时限时响提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70" />
        <source>Play a sound when a reply is late</source>
        <translation>超时时响提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71" />
        <source>Watched chat apps (one per line)</source>
        <translation>监视的聊天软件（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72" />
        <source>Put your clipboard back after</source>
        <translation>恢复剪贴板的等待时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73" />
        <source>Paste with</source>
        <translation>粘贴用的按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>Chat apps with their own paste key (one per line: app = key)</source>
        <translation>单独设置粘贴按键的聊天软件（每行一个：软件 = 按键）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77" />
        <source>Send each part (press Enter after each part)</source>
        <translation>分段发送（每段后按回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="78" />
        <source>Pause between parts</source>
        <translation>分段之间的停顿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79" />
        <source>Use the bundled playbooks</source>
        <translation>使用内置话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="80" />
        <source>Team playbook sources (one per line)</source>
        <translation>团队话术来源（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81" />
        <source>Use only these team playbooks (empty = all)</source>
        <translation>只用这些团队话术（留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Hosts allowed over plain http</source>
        <translation>可以用 http 的内网主机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85" />
        <source>Check team playbooks every</source>
        <translation>团队话术更新间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86" />
        <source>Window opacity</source>
        <translation>窗口不透明度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="87" />
        <source>Font size (0 = the system's size)</source>
        <translation>字号（0 = 跟随系统）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88" />
        <source>Theme</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="89" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="655" />
        <source>A search that ended without sending a reply is kept so you can write the reply it needed. When you paste a customer's message into the search, that is their words: switch this off and nothing typed is kept. Customer names and window titles are never kept.</source>
        <translation>搜索后没有发出话术的记录会被保留，方便你补写需要的回复。如果你把顾客的原话粘贴进搜索框，保留的就是顾客的话：关掉这一项后，输入的内容都不会保留。顾客姓名和窗口标题从不保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101" />
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="109" />
        <location filename="../../desktop/ui/settings_dialog.py" line="114" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="110" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="111" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="118" />
        <location filename="../../desktop/ui/settings_dialog.py" line="129" />
        <source>For example:</source>
        <translation>例如：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120" />
        <source>A folder or https:// address, for example:</source>
        <translation>文件夹或 https:// 地址，例如：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="123" />
        <source>File names without .yaml</source>
        <translation>文件名，不带 .yaml</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="125" />
        <source>One per line, for example:</source>
        <translation>每行一个，例如：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="136" />
        <source>Type the text (for apps that block pasting)</source>
        <translation>逐字输入（用于禁止粘贴的软件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="146" />
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="147" />
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="148" />
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="159" />
        <source>Chinese and Korean systems use this combination to switch the input method</source>
        <translation>中文和韩文系统用这个组合键切换输入法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="467" />
        <source>QuickReply settings</source>
        <translation>快捷回复设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="95" />
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90" />
        <source>Keep searches that ended without a reply (for the Today panel)</source>
        <translation>保留搜索后没有发出话术的记录（供“今日”面板使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97" />
        <source>Chat apps</source>
        <translation>聊天软件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98" />
        <source>Pasting</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>Playbooks</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="494" />
        <source>Start QuickReply when I log in</source>
        <translation>登录系统后自动启动快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="514" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="515" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="516" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="517" />
        <location filename="../../desktop/ui/settings_dialog.py" line="861" />
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="597" />
        <source>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</source>
        <translation>点击框内，按下新的组合键；按 Backspace 或“清除”关闭该快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="607" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="608" />
        <source>Switch this hotkey off</source>
        <translation>关闭这个快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>Countdowns</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="105" />
        <source>Sounds</source>
        <translation>提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="636" />
        <source>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</source>
        <translation>这些软件的窗口提示新消息时，自动开始问候或回复计时。请填写程序名，不区分大小写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="629" />
        <source>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</source>
        <translation>macOS 不会通知快捷回复有新消息，计时只能手动开始：请使用快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="644" />
        <source>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</source>
        <translation>聊天软件不认 Ctrl+V 时，改用 Shift+Insert。贴入回复后，等上面设定的时间再放回你原来的剪贴板内容；聊天软件粘贴慢时请调大。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="650" />
        <source>QuickReply switches to the new language as soon as you apply it.</source>
        <translation>点“应用”后界面立即换成新的语言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="694" />
        <source>System size</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="801" />
        <source>{combination} is already used for “{action}”</source>
        <translation>{combination} 已用于“{action}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="863" />
        <source>Show the default settings in every tab? Team playbook addresses, watched chat apps and hotkeys go back to the defaults too. Nothing is used or saved before Apply or OK.</source>
        <translation>要在所有标签页里显示默认设置吗？团队话术地址、监视的聊天软件和快捷键也会恢复为默认。在点“应用”或“确定”之前不会使用或保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="883" />
        <source>Fix the hotkeys marked in red first.</source>
        <translation>请先改正标红的快捷键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="888" />
        <source>Nothing was changed:</source>
        <translation>没有应用，设置未改变：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="894" />
        <source>In use now, but not saved: {error}</source>
        <translation>设置已生效，但没能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="915" />
        <source>Could not change start at login: {error}</source>
        <translation>没能更改登录后自动启动：{error}</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="31" />
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="32" />
        <source>Agent name or number</source>
        <translation>客服名字或工号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="33" />
        <source>Free shipping from</source>
        <translation>满多少包邮</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="34" />
        <source>Returns accepted within (days)</source>
        <translation>几天内可退货（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="35" />
        <source>Exchanges accepted within (days)</source>
        <translation>几天内可换货（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="36" />
        <source>Ships within (hours)</source>
        <translation>多久内发货（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="37" />
        <source>Courier</source>
        <translation>合作快递</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="38" />
        <source>Ships from</source>
        <translation>发货地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="39" />
        <source>Delivery time (days)</source>
        <translation>一般几天送达（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="40" />
        <source>Delivery time to remote areas (days)</source>
        <translation>偏远地区几天送达（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="41" />
        <source>How customers get an invoice</source>
        <translation>怎么开发票</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="42" />
        <source>Wholesale and agency contact</source>
        <translation>批发、代理联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="43" />
        <source>Payment methods</source>
        <translation>支持的付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="81" />
        <source>Your shop</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="92" />
        <source>{problem}
Saving keeps that file aside and starts a new one.</source>
        <translation>{problem}
保存时会把这个文件另存一份备份，再写一个新的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="98" />
        <source>The bundled replies use these facts. Fill in your shop's own: every bundled reply uses them from now on. An empty field keeps the demo value shown in grey, and the preview flags each reply that still uses one.</source>
        <translation>自带话术里用到了下面这些店铺信息。填上你们店自己的，之后每条自带话术都会用上。留空的一栏沿用灰色显示的示例值，预览里会标出还在用示例值的话术。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="114" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="135" />
        <source>In the replies as {{{name}}}</source>
        <translation>话术里写作 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="153" />
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="225" />
        <source>QuickReply timers</source>
        <translation>QuickReply 计时条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="229" />
        <source>Drag to move; it snaps to the nearest screen edge</source>
        <translation>拖动可移动，松开后会贴到最近的屏幕边缘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="263" />
        <source>{status}: the hotkey in that chat offers it</source>
        <translation>{status}：在那个聊天窗口按快捷键，会先显示这一条</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="128" />
        <source>Pin: stay open after pasting</source>
        <translation>固定：粘贴后不隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="131" />
        <source>Service rules (F1)</source>
        <translation>服务规范 (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="132" />
        <source>Hide (Esc)</source>
        <translation>隐藏 (Esc)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="36" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="37" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="60" />
        <source>{kind}: none yet</source>
        <translation>{kind}：今天还没有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="64" />
        <source>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</source>
        <translation>{kind}：{count} 次 · {share} 在 {target} 秒内 · 中位数 {median} · 90% 在 {p90} 内</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="192" />
        <source>Today</source>
        <translation>今日统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="204" />
        <source>New reply from it…</source>
        <translation>用它新建话术…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="207" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="220" />
        <source>Most used replies</source>
        <translation>最常用话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="222" />
        <source>Searches that ended without sending a reply</source>
        <translation>搜索后没有发出话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="245" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes}</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;（{since} 起）：粘贴 {pastes} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="248" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes} · median {median}s from hotkey to paste</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;（{since} 起）：粘贴 {pastes} 次，从按快捷键到粘贴的中位用时 {median} 秒</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49" />
        <source>Show search</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="50" />
        <source>New entry</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="53" />
        <source>Today</source>
        <translation>今日统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="57" />
        <source>Pause reminders</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="58" />
        <source>Open playbooks folder</source>
        <translation>打开话术文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="59" />
        <source>Import replies…</source>
        <translation>导入话术…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="60" />
        <source>Your shop…</source>
        <translation>我的店铺…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="61" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="64" />
        <source>Service rules</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="68" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="69" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="71" />
        <source>QuickReply — {waiting} customer(s) waiting, someone is overdue</source>
        <translation>QuickReply — {waiting} 位顾客在等，有人已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="73" />
        <source>QuickReply — {waiting} customer(s) waiting</source>
        <translation>QuickReply — {waiting} 位顾客在等</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="75" />
        <source>QuickReply — nobody waiting</source>
        <translation>QuickReply — 没有顾客在等</translation>
    </message>
</context>
<context><name>Messages</name><message><location filename="desktop/core/errors.py" line="51" /><source>{where}: {message}{rule}</source><translation>{where}: {message}{rule}</translation></message><message><location filename="desktop/core/errors.py" line="54" /><source>{where}: warning: {message}{rule}</source><translation>{where}: 警告：{message}{rule}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="120" /><source>a key in {what} is not a plain word; it is left out</source><translation>{what}中有一个键不是普通文字；未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="128" /><source>'{key}' appears twice in {what}: the one at line {line}, column {column} is used, this one is left out</source><translation>{what}中 '{key}' 出现了两次：使用第 {line} 行第 {column} 列的那个，这一个没有导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="153" /><source>'{key}' in {what} must be a list of texts; it is left out</source><translation>{what}中的 '{key}' 必须是文字列表；未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="162" /><source>an item of '{key}' in {what} is not text; it is left out</source><translation>{what}中 '{key}' 的某一项不是文字；未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="172" /><source>'vars' in {what} must be a list of variables; they are left out</source><translation>{what}中的 'vars' 必须是变量列表；这些变量未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="176" /><source>a variable</source><translation>某个变量</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="179" /><source>a variable in {what} has no name; it is left out</source><translation>{what}中有一个变量没有名称；未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="227" /><source>{what}: '{reference}' is not a variable of this file; it became the placeholder {placeholder}, which the agent fills in when pasting</source><translation>{what}：'{reference}' 不是这个文件里的变量；已变成占位符 {placeholder}，由客服在粘贴时填写</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="240" /><source>{what}: the {type} variable '{variable}' is not supported (QuickReply does not run it); it became the placeholder {placeholder}, which the agent fills in when pasting</source><translation>{what}：不支持 {type} 类型的变量 '{variable}'（QuickReply 不会运行它）；已变成占位符 {placeholder}，由客服在粘贴时填写</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="259" /><source>a match must be a mapping such as {example}; skipped</source><translation>匹配项必须是 {example} 这样的一组键值对；已跳过</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="309" /><source>match '{trigger}'</source><translation>匹配项“{trigger}”</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="312" /><source>a match</source><translation>某个匹配项</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="319" /><source>{name}: a regex trigger cannot be a shortcut code; the match is imported without it</source><translation>{name}：正则触发词（regex）不能用作快捷码；该匹配项已导入，但不含这个触发词</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="326" /><source>{name}: the key '{key}' is not imported</source><translation>{name}：键 '{key}' 未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="336" /><source>{name}: the trigger '{trigger}' cannot be a shortcut code (one word of at most 32 characters); the match is imported without a code and the trigger is kept as another phrasing</source><translation>{name}：触发词“{trigger}”不能用作快捷码（快捷码不能有空格，最多 32 个字符）；该匹配项已导入，但不带快捷码，触发词保留为其他问法</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="371" /><source>image</source><translation>图片</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="374" /><source>{name}: {what} replies ('{key}') are not supported; the match is skipped</source><translation>{name}：不支持{what}回复（'{key}'）；已跳过该匹配项</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="387" /><source>{name}: there is no 'replace' text; the match is skipped</source><translation>{name}：没有 'replace' 内容；已跳过该匹配项</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="395" /><source>{name}: '{key}' is not imported, only '{used}'</source><translation>{name}：只导入了 '{used}'，'{key}' 未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="402" /><source>{name}: '{used}' must be text; the match is skipped</source><translation>{name}：'{used}' 必须是文字；已跳过该匹配项</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="410" /><source>{name}: the cursor mark {mark} is left out (the agent pastes the whole reply)</source><translation>{name}：光标标记 {mark} 已去掉（客服会粘贴整条回复）</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="420" /><source>{name}: markdown is imported as plain text, formatting marks included</source><translation>{name}：markdown 按纯文字导入，格式符号也会原样保留</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="426" /><source> (the choices in 'form_fields' are not kept)</source><translation>（'form_fields' 里的选项不会保留）</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="429" /><source>{name}: forms are not supported; the form fields became the placeholders {fields}, filled in when pasting{choices}</source><translation>{name}：不支持表单；表单字段已变成占位符 {fields}，粘贴时填写{choices}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="437" /><source>{name}: forms are not supported; the form's text is imported as it is{choices}</source><translation>{name}：不支持表单；表单里的文字按原样导入{choices}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="448" /><source>{name}: 'form_fields' is not imported</source><translation>{name}：'form_fields' 未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="461" /><source>the file is empty (an espanso file starts with 'matches:')</source><translation>文件是空的（espanso 文件以 'matches:' 开头）</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="463" /><source>the file</source><translation>文件</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="469" /><source>this is not an espanso match file: it needs a top-level 'matches:' list (for a QuickReply playbook use --format yaml)</source><translation>这不是 espanso 匹配文件：最外层需要有 'matches:' 列表（QuickReply 话术文件请用 --format yaml）</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="477" /><source>'imports' are not followed; import each of those files on its own</source><translation>不会跟着 'imports' 去读取其他文件；请把那些文件逐个单独导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="480" /><source>the top-level key '{key}' is not imported</source><translation>最外层的键 '{key}' 未导入</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="494" /><source>'matches' must be a list of matches, each starting with '- trigger:'</source><translation>'matches' 必须是匹配项列表，每一项以 '- trigger:' 开头</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="516" /><source>{name}: the text is only {computed}, which QuickReply cannot compute; the match is skipped</source><translation>{name}：内容只有{computed}，QuickReply 无法生成这些内容；已跳过该匹配项</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="522" /><source>{name}: the text is only blank space; the match is skipped</source><translation>{name}：内容只有空白；已跳过</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="523" /><source>{name}: the text is empty; the match is skipped</source><translation>{name}：内容是空的，已跳过</translation></message><message><location filename="desktop/core/interchange/importer.py" line="65" /><source>old Excel .xls files cannot be read; save it as .xlsx (or CSV UTF-8) in Excel</source><translation>无法读取旧版 Excel .xls 文件；请在 Excel 里另存为 .xlsx（或 CSV UTF-8）</translation></message><message><location filename="desktop/core/interchange/importer.py" line="86" /><source>cannot tell what kind of file '{file}' is from its name; say it with --format (qianniu-csv, xlsx, espanso, csv or yaml)</source><translation>从文件名看不出“{file}”是哪种文件；请用 --format 指定（qianniu-csv、xlsx、espanso、csv 或 yaml）</translation></message><message><location filename="desktop/core/interchange/importer.py" line="107" /><source>--map applies to CSV, Excel and JSON files, not to a {format}</source><translation>--map 只适用于 CSV、Excel 和 JSON 文件，不适用于 {format}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="131" /><source>there is no such file</source><translation>文件不存在</translation></message><message><location filename="desktop/core/interchange/importer.py" line="133" /><source>this is a folder; give one file to import</source><translation>这是一个文件夹；请选择一个要导入的文件</translation></message><message><location filename="desktop/core/interchange/importer.py" line="161" /><source>{new} new, {changed} changed, {unchanged} unchanged</source><translation>新增 {new} 条，修改 {changed} 条，未变 {unchanged} 条</translation></message><message><location filename="desktop/core/interchange/importer.py" line="168" /><source>{counts}, variables updated</source><translation>{counts}，变量已更新</translation></message><message><location filename="desktop/core/interchange/importer.py" line="170" /><source>{counts}; 1 other entry in {file} left untouched</source><translation>{counts}；{file} 中另外 1 条话术保持不动</translation></message><message><location filename="desktop/core/interchange/importer.py" line="174" /><source>{counts}; {kept} other entries in {file} left untouched</source><translation>{counts}；{file} 中另外 {kept} 条话术保持不动</translation></message><message><location filename="desktop/core/interchange/importer.py" line="258" /><source>the same phrase as at line {line} (the same code, category and text); this row is left out</source><translation>和第 {line} 行是同一条话术（编码、分组和内容都相同）；这一行没有导入</translation></message><message><location filename="desktop/core/interchange/importer.py" line="369" /><source>variable '{key}' is '{value}' here but '{old}' in {file}; the imported value is used</source><translation>变量 '{key}' 在这里是“{value}”，但在 {file} 中是“{old}”；采用导入的值</translation></message><message><location filename="desktop/core/interchange/importer.py" line="430" /><source>code '{code}' is also the code of '{question}' in {playbook}; your reply ranks first, the other still shows below it (switch off the bundled playbooks in Settings if they are only the demo)</source><translation>快捷编码“{code}”也是 {playbook} 里“{question}”的编码；你的回复排在前面，另一条仍会显示在它下面（如果自带话术只是示例，可以在设置里关闭）</translation></message><message><location filename="desktop/core/interchange/importer.py" line="441" /><source>id '{id}' is also the id of '{question}' in {playbook}: yours replaces it in search</source><translation>id“{id}”也是 {playbook} 里“{question}”的 id：搜索时会用你的这一条代替它</translation></message><message><location filename="desktop/core/interchange/importer.py" line="458" /><source>{file} is not UTF-8 text; fix it or import with --into ANOTHER_NAME</source><translation>{file} 不是 UTF-8 编码；请修好它，或用 --into ANOTHER_NAME 导入到另一个文件</translation></message><message><location filename="desktop/core/interchange/importer.py" line="465" /><source>{file} has problems, so nothing can be merged into it; fix them (quickreply lint {file}) or import with --into ANOTHER_NAME:
{problems}</source><translation>{file} 有问题，无法把内容合并进去；请先修好（quickreply lint {file}），或用 --into ANOTHER_NAME 导入到另一个文件：
{problems}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="487" /><source>the imported playbook would not load back, so nothing is written (please report this with the source file):
{problems}</source><translation>导入后的话术文件无法正常读回，所以没有写入任何内容（请连同源文件一起反馈这个问题）：
{problems}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="490" /><source>entries went missing</source><translation>有话术丢失了</translation></message><message><location filename="desktop/core/interchange/importer.py" line="513" /><source>{file} changed since the preview; run the import again</source><translation>预览之后 {file} 被修改过；请重新导入</translation></message><message><location filename="desktop/core/interchange/importer.py" line="519" /><source>{file}: cannot write the file: {reason}</source><translation>{file}：无法写入文件：{reason}</translation></message><message><location filename="desktop/core/interchange/native.py" line="110" /><source>the playbook could not be read</source><translation>无法读取这个话术文件</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="93" /><source>no phrase found in the file ({format})</source><translation>文件里没有找到话术（{format}）</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="235" /><source>a question with no answer; it is skipped</source><translation>这个问题没有答案；已跳过</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="262" /><source>this line is neither a question nor an answer; it is left out</source><translation>这一行既不是问题也不是答案；没有导入</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="350" /><source>a phrase must be an object or a text; it is skipped</source><translation>一条话术必须是对象或文字；已跳过</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="361" /><source>the phrase has no reply; it is skipped</source><translation>这条话术没有回复内容；已跳过</translation></message><message><location filename="desktop/core/interchange/source.py" line="223" /><source>code '{code}' must be one word of at most 32 characters; imported without a code</source><translation>快捷码“{code}”不能有空格，最多 32 个字符；已导入，但没有带上快捷码</translation></message><message><location filename="desktop/core/interchange/source.py" line="330" /><source>the file is not UTF-8 text (save it as UTF-8 in your editor)</source><translation>文件不是 UTF-8 文本（请在编辑器里另存为 UTF-8）</translation></message><message><location filename="desktop/core/interchange/source.py" line="347" /><source>the file starts like UTF-16 text but is damaged here</source><translation>文件开头像 UTF-16 文本，但在这里损坏了</translation></message><message><location filename="desktop/core/interchange/source.py" line="361" /><source>the file is neither UTF-8 nor GBK/GB18030 text; in Excel use 'Save as' → 'CSV UTF-8 (comma delimited)' and import that file</source><translation>这个文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码；请在 Excel 中用 'Save as'（另存为）→ 'CSV UTF-8 (comma delimited)'（CSV UTF-8(逗号分隔)）另存一份，再导入那个文件</translation></message><message><location filename="desktop/core/interchange/source.py" line="425" /><source>lists and mappings are nested more than {levels} levels deep here; this is not a playbook or match file</source><translation>这里的列表和键值对嵌套超过了 {levels} 层；这不是话术文件，也不是 espanso 匹配文件</translation></message><message><location filename="desktop/core/interchange/source.py" line="442" /><source>{problem}; the documents before this one are imported, the rest is not</source><translation>{problem}；这之前的文档已导入，之后的内容没有导入</translation></message><message><location filename="desktop/core/interchange/source.py" line="460" /><source>YAML syntax: {detail} (check indentation, colons and quotes)</source><translation>YAML 语法错误：{detail}（请检查缩进、冒号和引号）</translation></message><message><location filename="desktop/core/interchange/table.py" line="124" /><source>the CSV cannot be read from this row on: {error}</source><translation>从这一行起无法读取 CSV：{error}</translation></message><message><location filename="desktop/core/interchange/table.py" line="136" /><source>a quote opened on this row is never closed, so every line after it ran into this one reply; close the quote and import again (this row and the lines after it are skipped)</source><translation>这一行打开的引号没有闭合，后面所有行都被并进了这一条回复；请补上引号后重新导入（这一行及其后的内容已跳过）</translation></message><message><location filename="desktop/core/interchange/table.py" line="191" /><source>this is not an Excel workbook (.xlsx) that can be read; an old .xls file must be saved as .xlsx (or as CSV UTF-8) in Excel first</source><translation>这不是能读取的 Excel 工作簿（.xlsx）；旧版 .xls 文件要先在 Excel 中另存为 .xlsx（或 CSV UTF-8）</translation></message><message><location filename="desktop/core/interchange/table.py" line="197" /><source>the workbook has no sheet with cells</source><translation>这个工作簿里没有含单元格的工作表</translation></message><message><location filename="desktop/core/interchange/table.py" line="205" /><source>only the first sheet '{sheet}' is imported; not the sheets {others}</source><translation>只导入了第一个工作表“{sheet}”；工作表 {others} 未导入</translation></message><message><location filename="desktop/core/interchange/table.py" line="235" /><source>this workbook unpacks to {megabytes} MB, far more than a phrase table; it is not imported (save the phrases alone as a new workbook or as CSV UTF-8)</source><translation>这个工作簿解压后有 {megabytes} MB，远超一个快捷短语表应有的大小，未导入（请把短语单独另存为新的工作簿或 CSV UTF-8）</translation></message><message><location filename="desktop/core/interchange/table.py" line="275" /><source>column '{name}' appears twice; the one in column {first} is used</source><translation>列名“{name}”出现了两次；使用第 {first} 列</translation></message><message><location filename="desktop/core/interchange/table.py" line="288" /><source>none</source><translation>无</translation></message><message><location filename="desktop/core/interchange/table.py" line="293" /><source>--map {field}={column}: the first row has no column '{column}' (its columns: {listed})</source><translation>--map {field}={column}：第一行没有名为“{column}”的列（现有的列：{listed}）</translation></message><message><location filename="desktop/core/interchange/table.py" line="318" /><source>column '{name}' is not imported; to import it, add --map FIELD={name} (fields: {fields})</source><translation>“{name}”列未导入；如需导入，请加上 --map FIELD={name}（可用字段：{fields}）</translation></message><message><location filename="desktop/core/interchange/table.py" line="378" /><source>the first row must name the columns, e.g. {header} as Qianniu exports</source><translation>第一行必须是列名，例如千牛导出的 {header}</translation></message><message><location filename="desktop/core/interchange/table.py" line="392" /><source>no column holds the reply text: the first row should be {header} (Qianniu's export); for other columns say which one it is, e.g. --map reply=回复</source><translation>找不到回复内容所在的列：第一行应为 {header}（千牛导出的格式）；其他表格请指明是哪一列，例如 --map reply=回复</translation></message><message><location filename="desktop/core/interchange/table.py" line="412" /><source>this column has no name in the first row and is not imported</source><translation>这一列在第一行没有列名，不会导入</translation></message><message><location filename="desktop/core/interchange/table.py" line="438" /><source>the reply cell is empty; the row is skipped</source><translation>回复单元格是空的；已跳过这一行</translation></message><message><location filename="desktop/core/jsonfile.py" line="39" /><source>{path}: cannot be read ({error})</source><translation>{path}：无法读取（{error}）</translation></message><message><location filename="desktop/core/jsonfile.py" line="49" /><source>{where}:{line}:{column}: {why}</source><translation>{where}:{line}:{column}：{why}</translation></message><message><location filename="desktop/core/jsonfile.py" line="55" /><source>{where}:{line}:{column}: {error}</source><translation>{where}:{line}:{column}：{error}</translation></message><message><location filename="desktop/core/jsonfile.py" line="65" /><source>{where}: not readable as JSON ({error})</source><translation>{where}：不是可读的 JSON（{error}）</translation></message><message><location filename="desktop/core/jsonfile.py" line="114" /><source>a number with more digits than any setting can have</source><translation>数字位数太多，任何设置都不会用到这么长的数字</translation></message><message><location filename="desktop/core/jsonfile.py" line="119" /><source>nested deeper than {depth} levels</source><translation>括号嵌套超过 {depth} 层</translation></message><message><location filename="desktop/core/keys.py" line="62" /><source>hotkey '{hotkey}' is not a combination like ctrl+alt+space</source><translation>快捷键“{hotkey}”不是 ctrl+alt+space 这样的组合</translation></message><message><location filename="desktop/core/keys.py" line="69" /><source>hotkey '{hotkey}': {keys} is not a modifier (use ctrl, alt, shift, meta)</source><translation>快捷键“{hotkey}”：{keys} 不是修饰键（请用 ctrl、alt、shift、meta）</translation></message><message><location filename="desktop/core/keys.py" line="80" /><source>hotkey '{hotkey}': '{key}' is not a key a global hotkey can use</source><translation>快捷键“{hotkey}”：'{key}' 键不能用在全局快捷键里</translation></message><message><location filename="desktop/core/keys.py" line="86" /><source>hotkey '{hotkey}' needs a modifier (ctrl, alt, shift or meta): a bare key would be taken from every program</source><translation>快捷键“{hotkey}”要带修饰键（ctrl、alt、shift 或 meta）：单独一个键会让其他所有程序都用不了这个键</translation></message><message><location filename="desktop/core/library.py" line="127" /><source>{problem}; the bundled replies keep their demo values</source><translation>{problem}；自带话术继续使用示例值</translation></message><message><location filename="desktop/core/library.py" line="190" /><source>could not save the search cache in {folder}: {reason}</source><translation>无法把搜索缓存保存到 {folder}：{reason}</translation></message><message><location filename="desktop/core/library.py" line="220" /><source>{path}: has errors; its last good version stays in use</source><translation>{path}：有错误；继续使用它上一个没有问题的版本</translation></message><message><location filename="desktop/core/playbook.py" line="159" /><source>… and {count} more problems in this file; fix these first and check it again</source><translation>……这个文件里还有 {count} 个问题；请先改好上面这些，再检查一次</translation></message><message><location filename="desktop/core/playbook.py" line="169" /><source>{what} must be a mapping of keys to values, found {found}</source><translation>{what}必须是一组键值对（键: 值），实际是{found}</translation></message><message><location filename="desktop/core/playbook.py" line="179" /><source>keys in {what} must be plain words</source><translation>{what}中的键必须是简单的词</translation></message><message><location filename="desktop/core/playbook.py" line="186" /><source>'{key}' appears twice in {what} (first at line {line}); keep one so no text is silently dropped</source><translation>'{key}' 在{what}中出现了两次（第一次在第 {line} 行）；请只保留一个，以免有内容被悄悄丢掉</translation></message><message><location filename="desktop/core/playbook.py" line="201" /><source>'{key}' must be text, found {found}</source><translation>'{key}' 必须是文字，实际是{found}</translation></message><message><location filename="desktop/core/playbook.py" line="211" /><source>'{key}' must be text, but YAML reads '{value}' as true/false; put it in quotes</source><translation>'{key}' 必须是文字，但 YAML 会把 '{value}' 读成 true/false；请给它加上引号</translation></message><message><location filename="desktop/core/playbook.py" line="220" /><source>'{key}' uses the YAML tag '{tag}'; tags are not allowed</source><translation>'{key}' 用了 YAML 标签 '{tag}'；不能使用标签</translation></message><message><location filename="desktop/core/playbook.py" line="234" /><source>'{key}' must be a list such as [first, second], found {found}</source><translation>'{key}' 必须是像 [first, second] 这样的列表，实际是{found}</translation></message><message><location filename="desktop/core/playbook.py" line="266" /><source>an entry has either 'reply' (one answer) or 'replies' (alternatives), not both</source><translation>一条话术只能有 'reply'（一个回复）或 'replies'（几种可选的回复）中的一个，不能两个都有</translation></message><message><location filename="desktop/core/playbook.py" line="273" /><source>'reply' is missing (every entry needs a reply or replies)</source><translation>缺少 'reply'（每条话术都要有 reply 或 replies）</translation></message><message><location filename="desktop/core/playbook.py" line="279" /><source>'replies' must be a non-empty list; each item is a reply, or a list of messages sent one after another</source><translation>'replies' 必须是不为空的列表；每一项是一条回复，或者是一组依次发送的消息</translation></message><message><location filename="desktop/core/playbook.py" line="291" /><source>a multi-part reply needs at least one message</source><translation>分段回复至少要有一条消息</translation></message><message><location filename="desktop/core/playbook.py" line="310" /><source>variable name '{name}' must be a word (letters, digits, _)</source><translation>变量名“{name}”必须是一个词（字母、数字、_）</translation></message><message><location filename="desktop/core/playbook.py" line="326" /><source>an entry</source><translation>话术条目</translation></message><message><location filename="desktop/core/playbook.py" line="364" /><source>unknown key '{key}' in an entry (expected one of: {keys})</source><translation>话术条目里有不认识的键 '{key}'（可以用的键：{keys}）</translation></message><message><location filename="desktop/core/playbook.py" line="384" /><source>'{key}' is missing (every entry needs one)</source><translation>缺少 '{key}'（每条话术都必须有）</translation></message><message><location filename="desktop/core/playbook.py" line="413" /><source>id '{id}' may only use lowercase letters, digits, '.', '_' and '-'</source><translation>id“{id}”只能用小写字母、数字、'.'、'_' 和 '-'</translation></message><message><location filename="desktop/core/playbook.py" line="421" /><source>code '{code}' must be one word of at most 32 characters</source><translation>快捷码“{code}”不能有空格，最多 32 个字符</translation></message><message><location filename="desktop/core/playbook.py" line="432" /><source>the file is empty (expected name, language and entries)</source><translation>文件是空的（应该有 name、language 和 entries）</translation></message><message><location filename="desktop/core/playbook.py" line="436" /><source>a playbook</source><translation>话术文件</translation></message><message><location filename="desktop/core/playbook.py" line="443" /><source>unknown key '{key}' at the top of a playbook (expected one of: {keys})</source><translation>话术文件开头有不认识的键 '{key}'（可以用的键：{keys}）</translation></message><message><location filename="desktop/core/playbook.py" line="451" /><source>'{key}' is missing at the top of the playbook</source><translation>话术文件开头缺少 '{key}'</translation></message><message><location filename="desktop/core/playbook.py" line="464" /><source>'entries' must be a list of entries, found {found}</source><translation>'entries' 必须是话术条目的列表，实际是{found}</translation></message><message><location filename="desktop/core/playbook.py" line="489" /><source>a mapping</source><translation>一组键值对</translation></message><message><location filename="desktop/core/playbook.py" line="491" /><source>a list</source><translation>一个列表</translation></message><message><location filename="desktop/core/playbook.py" line="493" /><source>nothing</source><translation>空值</translation></message><message><location filename="desktop/core/playbook.py" line="499" /><source>cannot read the file: {reason}</source><translation>无法读取文件：{reason}</translation></message><message><location filename="desktop/core/playbook.py" line="503" /><source>'{key}' is empty (write the text after the colon)</source><translation>'{key}' 是空的（请在冒号后面写上内容）</translation></message><message><location filename="desktop/core/playbook.py" line="507" /><source>language '{tag}' is not a BCP-47 tag (write e.g. zh-CN, ko-KR or en)</source><translation>语言“{tag}”不是 BCP-47 标签（请写成 zh-CN、ko-KR 或 en 这样的形式）</translation></message><message><location filename="desktop/core/playbook.py" line="560" /><source>the control character U+{code} cannot be in this file; delete it here</source><translation>文件里不能有控制字符 U+{code}；请删除这里的这个字符</translation></message><message><location filename="desktop/core/playbook.py" line="565" /><source>YAML could not be read: {error}</source><translation>无法读取 YAML：{error}</translation></message><message><location filename="desktop/core/playbook.py" line="618" /><source>the playbook's text passes {megabytes} MB here once its aliases (*name) are expanded; write each reply out or split the playbook</source><translation>展开别名（*名称）后，话术文件的文字量在这里超过了 {megabytes} MB；请把每条回复直接写出来，或把话术文件拆开</translation></message><message><location filename="desktop/core/playbook.py" line="688" /><source>lists and mappings are nested more than {levels} levels deep here; a playbook never is (is this the right file?)</source><translation>这里的列表和键值对嵌套超过了 {levels} 层；话术文件不会这样（是不是选错了文件？）</translation></message><message><location filename="desktop/core/playbook.py" line="715" /><source>the file is not UTF-8 (save it as UTF-8 in your editor)</source><translation>文件不是 UTF-8 编码（请在编辑器里另存为 UTF-8）</translation></message><message><location filename="desktop/core/playbook.py" line="759" /><source>id '{id}' is already used at {where}; ids must be unique across all playbooks (this entry is skipped)</source><translation>id“{id}”已经在 {where} 用过了；所有话术文件里的 id 都不能重复（已跳过这条话术）</translation></message><message><location filename="desktop/core/playbook.py" line="787" /><source>no such file or folder</source><translation>没有这个文件或文件夹</translation></message><message><location filename="desktop/core/playbook_store.py" line="108" /><source>{path} was deleted by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</source><translation>QuickReply 打开 {path} 之后，有人删除了它；这次什么都没有保存。编辑器会同时显示两个版本，你可以选“保留我的”或“用磁盘上的”。</translation></message><message><location filename="desktop/core/playbook_store.py" line="114" /><source>{path} was changed by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</source><translation>QuickReply 打开 {path} 之后，有人修改了它；这次什么都没有保存。编辑器会同时显示两个版本，你可以选“保留我的”或“用磁盘上的”。</translation></message><message><location filename="desktop/core/playbook_store.py" line="129" /><source>{path} has no entry with id '{id}' (it may have been removed or renamed)</source><translation>{path} 里没有 id 为“{id}”的话术（可能已被删除或改名）</translation></message><message><location filename="desktop/core/playbook_store.py" line="273" /><source>the file does not exist (it may have been moved or deleted)</source><translation>文件不存在（可能已被移走或删除）</translation></message><message><location filename="desktop/core/playbook_store.py" line="382" /><source>id '{id}' is already used at {where}; edit that entry or change the question</source><translation>id“{id}”已经在 {where} 用过了；请编辑那条话术，或者改一下问题</translation></message><message><location filename="desktop/core/playbook_store.py" line="448" /><source>could not read {path} before saving: {reason}</source><translation>保存前无法读取 {path}：{reason}</translation></message><message><location filename="desktop/core/playbook_store.py" line="509" /><source>the playbook has no 'entries' list QuickReply can edit</source><translation>这个话术文件里没有 QuickReply 能编辑的 'entries' 列表</translation></message><message><location filename="desktop/core/playbook_store.py" line="541" /><source>QuickReply could not write the entry '{entry}' so that it reads back exactly as entered; nothing was changed</source><translation>QuickReply 没法原样保存话术“{entry}”（写进文件后再读出来会和输入的不一样）；没有做任何修改</translation></message><message><location filename="desktop/core/playbook_store.py" line="1261" /><source>could not save {path}: {reason}; the file on disk was left as it was</source><translation>无法保存 {path}：{reason}；磁盘上的文件保持原样</translation></message><message><location filename="desktop/core/settings.py" line="109" /><source>text in quotes</source><translation>带引号的文字</translation></message><message><location filename="desktop/core/settings.py" line="111" /><source>true or false</source><translation>true 或 false</translation></message><message><location filename="desktop/core/settings.py" line="114" /><source>a number from {low} to {high}</source><translation>{low} 到 {high} 之间的数字</translation></message><message><location filename="desktop/core/settings.py" line="116" /><source>a whole number from {low} to {high}</source><translation>{low} 到 {high} 之间的整数</translation></message><message><location filename="desktop/core/settings.py" line="118" /><source>a list of texts such as {example}</source><translation>文字列表，例如 {example}</translation></message><message><location filename="desktop/core/settings.py" line="121" /><source>{first} or {last}</source><translation>{first} 或 {last}</translation></message><message><location filename="desktop/core/settings.py" line="122" /><source>an object such as {example}</source><translation>对象，例如 {example}</translation></message><message><location filename="desktop/core/settings.py" line="386" /><source>{path}: expected an object of settings</source><translation>{path}：文件里应是一组设置（JSON 对象）</translation></message><message><location filename="desktop/core/settings.py" line="395" /><source>{problem}; using the default settings</source><translation>{problem}；先使用默认设置</translation></message><message><location filename="desktop/core/settings.py" line="396" /><source>{problem}; the file was kept as {kept}; using the default settings</source><translation>{problem}；原文件已另存为 {kept}；先使用默认设置</translation></message><message><location filename="desktop/core/settings.py" line="408" /><source>{where}: schema_version {version} is newer than this QuickReply understands ({known}); reading what it can</source><translation>{where}：schema_version {version} 比当前 QuickReply 支持的版本（{known}）新；能读懂的部分照常使用</translation></message><message><location filename="desktop/core/settings.py" line="418" /><source>{where}: schema_version {version} is no version of this file (1 to {known}); reading what it can</source><translation>{where}：schema_version {version} 不是有效的版本号（应为 1 到 {known}）；能读懂的部分照常使用</translation></message><message><location filename="desktop/core/settings.py" line="434" /><source>{where}: unknown setting '{key}' is ignored</source><translation>{where}：不认识的设置项 '{key}'，已忽略</translation></message><message><location filename="desktop/core/settings.py" line="440" /><source>{where}: '{key}' must be {expected}, not {value}; using {default}</source><translation>{where}：'{key}' 应为 {expected}，而不是 {value}；改用 {default}</translation></message><message><location filename="desktop/core/shop.py" line="83" /><source>{where}: the shop facts must be a JSON object</source><translation>{where}：店铺信息必须是一个 JSON 对象</translation></message><message><location filename="desktop/core/shop.py" line="87" /><source>{where}: schema_version {version} is not one this QuickReply reads ({known})</source><translation>{where}：这个版本的 QuickReply 读不了 schema_version {version}（只能读 {known}）</translation></message><message><location filename="desktop/core/shop.py" line="97" /><source>{where}: 'languages' must map each language to its values</source><translation>{where}：'languages' 必须按语言列出各自的值</translation></message><message><location filename="desktop/core/shop.py" line="103" /><source>{where}: the values for {language} must be texts, e.g. "return_days": "7"</source><translation>{where}：{language} 的值必须是文字，例如 "return_days": "7"</translation></message><message><location filename="desktop/core/sources.py" line="64" /><source>team folder {folder} is not there (a network share not connected?)</source><translation>团队文件夹 {folder} 不存在（网络共享没有连接？）</translation></message><message><location filename="desktop/core/stats.py" line="131" /><source>the statistics database was written by a newer QuickReply (schema {version}, this version knows {known}); update QuickReply</source><translation>统计数据库是更新版本的 QuickReply 写的（结构版本 {version}，当前版本只认识 {known}）；请升级 QuickReply</translation></message><message><location filename="desktop/core/stats.py" line="139" /><source>it holds tables QuickReply did not create</source><translation>里面有不是 QuickReply 建的表</translation></message><message><location filename="desktop/core/stats.py" line="344" /><source>{error}; this session's statistics are kept in memory only</source><translation>{error}；本次的统计只保存在内存里，退出后不会保留</translation></message><message><location filename="desktop/core/stats.py" line="384" /><source>cannot create the folder of {path}: {error}</source><translation>无法创建 {path} 所在的文件夹：{error}</translation></message><message><location filename="desktop/core/stats.py" line="391" /><source>cannot open the statistics database {path}: {error}</source><translation>无法打开统计数据库 {path}：{error}</translation></message><message><location filename="desktop/core/stats.py" line="398" /><source>{path} was not a readable statistics database ({error}); it was kept as {kept} and recording starts afresh</source><translation>{path} 不是可读的统计数据库（{error}）；原文件已另存为 {kept}，统计从头开始记录</translation></message><message><location filename="desktop/core/stats.py" line="409" /><source>cannot start a new statistics database {path}: {error}</source><translation>无法新建统计数据库 {path}：{error}</translation></message><message><location filename="desktop/core/stats.py" line="452" /><source>{path} is damaged and could not be moved aside: {error}</source><translation>{path} 已损坏，且无法挪到一边保存：{error}</translation></message><message><location filename="desktop/core/synonyms.py" line="111" /><source>cannot read the synonym list: {error}</source><translation>读不了同义词表：{error}</translation></message><message><location filename="desktop/core/synonyms.py" line="118" /><source>a synonym list needs 'groups:', a list of word lists such as [腹泻, 拉肚子]</source><translation>同义词表需要“groups:”，下面是一组组词语，例如 [腹泻, 拉肚子]</translation></message><message><location filename="desktop/core/synonyms.py" line="125" /><source>a synonym group is a list of words, such as [快递, 物流]</source><translation>一组同义词要写成词语列表，例如 [快递, 物流]</translation></message><message><location filename="desktop/core/synonyms.py" line="129" /><source>a synonym group needs two words or more</source><translation>一组同义词至少要有两个不同的词</translation></message><message><location filename="desktop/core/team.py" line="73" /><source>the server answered {code} {reason}</source><translation>服务器返回了 {code} {reason}</translation></message><message><location filename="desktop/core/team.py" line="79" /><source>the download broke off ({error})</source><translation>下载中途断开（{error}）</translation></message><message><location filename="desktop/core/team.py" line="81" /><source>not a usable address ({error})</source><translation>不是可用的地址（{error}）</translation></message><message><location filename="desktop/core/team.py" line="103" /><source>was redirected to {url}, which is refused: {why}</source><translation>被重定向到 {url}，已拒绝：{why}</translation></message><message><location filename="desktop/core/team.py" line="121" /><source>the download broke off ({got} of {declared} bytes)</source><translation>下载中途断开（只收到 {declared} 字节中的 {got} 字节）</translation></message><message><location filename="desktop/core/team.py" line="129" /><source>took longer than {seconds} s to download; cut off</source><translation>下载超过 {seconds} 秒，已中止</translation></message><message><location filename="desktop/core/team.py" line="135" /><source>is larger than {megabytes} MB, far more than a playbook; not downloaded</source><translation>超过 {megabytes} MB，远大于正常的话术文件；未下载</translation></message><message><location filename="desktop/core/team.py" line="149" /><source>plain HTTP is refused: anyone on the network could change the replies; use https, or allow the host '{host}' in the settings (allow_http_hosts)</source><translation>不接受普通 HTTP：同一网络里的任何人都可能篡改话术内容；请改用 https，或在设置里允许主机“{host}”（allow_http_hosts）</translation></message><message><location filename="desktop/core/team.py" line="154" /><source>only https:// addresses (or a folder) can be team sources</source><translation>团队话术来源只能是 https:// 地址（或文件夹）</translation></message><message><location filename="desktop/core/team.py" line="208" /><source>could not be refreshed ({error})</source><translation>无法更新（{error}）</translation></message><message><location filename="desktop/core/team.py" line="238" /><source>is an index whose 'playbooks' is not a list of addresses</source><translation>是一个索引文件，但里面的 'playbooks' 不是地址列表</translation></message><message><location filename="desktop/core/team.py" line="296" /><source>{url} {why}; using the copy from {when}</source><translation>{url} {why}；暂时使用 {when} 保存的副本</translation></message><message><location filename="desktop/core/team.py" line="297" /><source>{url} {why}; no copy of it yet</source><translation>{url} {why}；本地还没有它的副本</translation></message><message><location filename="desktop/core/team.py" line="356" /><source>is not a valid playbook</source><translation>不是有效的话术文件</translation></message><message><location filename="desktop/core/team.py" line="358" /><source>is not a valid playbook (line {line}: {problem})</source><translation>不是有效的话术文件（第 {line} 行：{problem}）</translation></message><message><location filename="desktop/core/team.py" line="367" /><source>could not be fetched ({error})</source><translation>获取失败（{error}）</translation></message><message><location filename="desktop/core/usage.py" line="83" /><source>{error}; it was kept as {kept} and counting starts afresh</source><translation>{error}；原文件已另存为 {kept}，使用次数从头计算</translation></message><message><location filename="desktop/core/usage.py" line="160" /><source>{path}: the usage file is damaged ({error})</source><translation>{path}：常用记录文件已损坏（{error}）</translation></message><message><location filename="desktop/core/wording.py" line="73" /><source>says {words}: {why}</source><translation>用了 {words}：{why}</translation></message><message><location filename="desktop/core/wording.py" line="78" /><source>is {length} characters long (more than {limit} for {language}): split it into parts the agent sends one after another</source><translation>有 {length} 个字，超过了 {language} 的上限 {limit} 字：请拆成几条，让客服依次发送</translation></message><message><location filename="desktop/core/wording.py" line="118" /><source>'allow' names unknown wording rule(s) {rules} (rules for {language}: {known})</source><translation>'allow' 里写了不存在的措辞规则 {rules}（{language} 的规则有：{known}）</translation></message><message><location filename="desktop/core/wording.py" line="137" /><source>reply {number} of '{id}' {problem}</source><translation>“{id}”的第 {number} 条回复{problem}</translation></message><message><location filename="desktop/core/wording.py" line="141" /><source>the reply of '{id}' {problem}</source><translation>“{id}”的回复{problem}</translation></message><message><location filename="desktop/core/wording.py" line="191" /><source>cannot read the wording list: {error}</source><translation>无法读取用语检查清单：{error}</translation></message><message><location filename="desktop/core/wording.py" line="197" /><source>a wording list</source><translation>用语检查清单</translation></message><message><location filename="desktop/core/wording.py" line="207" /><source>unknown key '{key}' in a wording list (expected language, long_reply, rules)</source><translation>用语检查清单里有不认识的键 '{key}'（可用的有 language、long_reply、rules）</translation></message><message><location filename="desktop/core/wording.py" line="266" /><source>'language' is missing (e.g. language: zh-CN)</source><translation>缺少 'language'（例如 language: zh-CN）</translation></message><message><location filename="desktop/core/wording.py" line="278" /><source>'long_reply' must be a whole number of characters, found {found}</source><translation>'long_reply' 应为字数（整数），实际是 {found}</translation></message><message><location filename="desktop/core/wording.py" line="297" /><source>rule '{name}'</source><translation>规则 '{name}'</translation></message><message><location filename="desktop/core/wording.py" line="303" /><source>'{rule}' is the length rule; set its limit with long_reply instead</source><translation>'{rule}' 是长度规则；请改用 long_reply 设置字数上限</translation></message><message><location filename="desktop/core/wording.py" line="310" /><source>unknown key '{key}' in rule '{name}' (expected why, words, except)</source><translation>规则 '{name}' 里有不认识的键 '{key}'（可用的有 why、words、except）</translation></message><message><location filename="desktop/core/wording.py" line="318" /><source>wording the shop's '{name}' rule flags</source><translation>店铺用语规则 '{name}' 标出的说法</translation></message><message><location filename="desktop/core/wording.py" line="323" /><source>{what} must be a mapping of keys to values</source><translation>{what}必须是一组键值对（键: 值）</translation></message><message><location filename="desktop/core/wording.py" line="330" /><source>'{key}' must be text</source><translation>'{key}' 必须是文字</translation></message><message><location filename="desktop/core/wording.py" line="339" /><source>'{key}' must be a list such as [first, second]</source><translation>'{key}' 必须是列表，例如 [first, second]</translation></message><message><location filename="desktop/platform/__init__.py" line="98" /><source>the X display could not be opened ({error})</source><translation>无法打开 X 显示（{error}）</translation></message><message><location filename="desktop/platform/__init__.py" line="103" /><source>Wayland lets no program take global hotkeys or type into other windows</source><translation>Wayland 不允许任何程序使用全局快捷键，也不允许往其他窗口里输入文字</translation></message><message><location filename="desktop/platform/attention.py" line="129" /><source>the X display could not be opened to watch chat windows ({error}); manual starts only</source><translation>无法打开 X 显示来监视聊天窗口（{error}）；只能手动开始计时</translation></message><message><location filename="desktop/platform/attention.py" line="141" /><source>flashing taskbar buttons cannot be watched ({error}); manual starts only</source><translation>无法监视任务栏按钮的闪烁（{error}）；只能手动开始计时</translation></message><message><location filename="desktop/platform/attention.py" line="147" /><source>macOS does not tell other programs when an app asks for attention (its Dock icon bounces for the agent only); manual starts only</source><translation>应用发出提醒时，macOS 不会告诉其他程序（Dock 图标跳动只有客服自己看得到）；只能手动开始计时</translation></message><message><location filename="desktop/platform/attention.py" line="154" /><source>Wayland shows no program the other programs' windows, so a chat app asking for attention cannot be noticed; manual starts only</source><translation>Wayland 不让程序看到其他程序的窗口，所以察觉不到聊天软件的新消息提醒；只能手动开始计时</translation></message><message><location filename="desktop/platform/attention.py" line="160" /><source>no desktop session was found to watch chat windows in; manual starts only</source><translation>没有找到可以监视聊天窗口的桌面会话；只能手动开始计时</translation></message><message><location filename="desktop/platform/autostart.py" line="242" /><source>QuickReply runs from the disk image or from a copy macOS made in a temporary place (App Translocation); drag QuickReply into Applications, start it from there, then switch start at login on</source><translation>QuickReply 正从磁盘映像或 macOS 临时复制的位置（App Translocation）运行；请先把 QuickReply 拖进“应用程序”，从那里启动，再打开“登录时启动”</translation></message><message><location filename="desktop/platform/macos.py" line="77" /><source>macOS lets QuickReply paste only with the Accessibility permission: open System Settings → Privacy &amp; Security → Accessibility, enable QuickReply, then restart it; until then replies are copied and you press Cmd+V yourself</source><translation>在 macOS 上，QuickReply 需要“辅助功能”权限才能自动粘贴：打开 系统设置 → 隐私与安全性 → 辅助功能，打开 QuickReply 的开关，然后重启 QuickReply；在此之前回复只会被复制，需要你自己按 Cmd+V</translation></message><message><location filename="desktop/platform/macos.py" line="128" /><source>hotkey {hotkey}: Mac keyboards have no {key} key; choose another in the settings</source><translation>快捷键 {hotkey}：Mac 键盘上没有 {key} 键；请在设置里换一个</translation></message><message><location filename="desktop/platform/macos.py" line="251" /><source>macOS refused to deliver hotkeys to QuickReply (OSStatus {status})</source><translation>macOS 拒绝把快捷键传给 QuickReply（OSStatus {status}）</translation></message><message><location filename="desktop/platform/macos.py" line="259" /><source>{hotkey} is a macOS keyboard shortcut (System Settings, Keyboard, Keyboard Shortcuts); choose another hotkey in the settings, or switch that shortcut off there</source><translation>{hotkey} 是 macOS 的系统快捷键（系统设置 › 键盘 › 键盘快捷键）；请在设置里换一个快捷键，或在那里关掉这个系统快捷键</translation></message><message><location filename="desktop/platform/macos.py" line="269" /><source>{hotkey} is already used by another program; choose another hotkey in the settings</source><translation>{hotkey} 已被其他程序占用；请在设置里换一个快捷键</translation></message><message><location filename="desktop/platform/macos.py" line="279" /><source>macOS refused the hotkey {hotkey} (OSStatus {status}); macOS 15 and later need Ctrl or Cmd in a hotkey; choose another in the settings</source><translation>macOS 拒绝了快捷键 {hotkey}（OSStatus {status}）；macOS 15 及以上版本的快捷键必须包含 Ctrl 或 Cmd；请在设置里换一个</translation></message><message><location filename="desktop/platform/macos.py" line="287" /><source>macOS refused the hotkey {hotkey} (OSStatus {status}); choose another in the settings</source><translation>macOS 拒绝了快捷键 {hotkey}（OSStatus {status}）；请在设置里换一个</translation></message><message><location filename="desktop/platform/null.py" line="23" /><source>this system offers no global hotkeys or simulated key presses to QuickReply</source><translation>这个系统不让 QuickReply 使用全局快捷键，也不能模拟按键</translation></message><message><location filename="desktop/platform/null.py" line="29" /><source>{reason}; replies are copied, press Ctrl+V in the chat app to paste them</source><translation>{reason}；回复会复制到剪贴板，请在聊天窗口按 Ctrl+V 粘贴</translation></message><message><location filename="desktop/platform/null.py" line="39" /><source>cannot register {hotkey} as a global hotkey: {reason}</source><translation>无法把 {hotkey} 设为全局快捷键：{reason}</translation></message><message><location filename="desktop/platform/null.py" line="69" /><source>cannot press {keys} for you: {reason}</source><translation>无法替你按 {keys}：{reason}</translation></message><message><location filename="desktop/platform/null.py" line="73" /><source>cannot press Enter for you: {reason}</source><translation>无法替你按 Enter：{reason}</translation></message><message><location filename="desktop/platform/null.py" line="76" /><source>cannot type the reply for you: {reason}</source><translation>无法替你输入回复：{reason}</translation></message><message><location filename="desktop/platform/windows.py" line="209" /><source>hotkey {hotkey}: Windows has no key for '{key}'; choose another in the settings</source><translation>快捷键 {hotkey}：Windows 没有对应 '{key}' 的按键；请在设置里换一个</translation></message><message><location filename="desktop/platform/windows.py" line="369" /><source>Windows did not take the simulated key press for {keys} (input is blocked, e.g. by the lock screen or an administrator prompt); press it yourself, the reply is on the clipboard</source><translation>Windows 没有接受 {keys} 的模拟按键（输入被拦住了，比如锁屏或管理员授权提示）；回复已在剪贴板里，请自己按一下</translation></message><message><location filename="desktop/platform/windows.py" line="404" /><source>Windows would not create the hidden window hotkeys arrive at; restart QuickReply</source><translation>Windows 没能创建接收快捷键的隐藏窗口；请重新启动 QuickReply</translation></message><message><location filename="desktop/platform/windows.py" line="419" /><source>Windows refused the hotkey {hotkey} (error {error}); choose another in the settings</source><translation>Windows 拒绝了快捷键 {hotkey}（错误 {error}）；请在设置里换一个</translation></message><message><location filename="desktop/platform/windows.py" line="526" /><source>Windows did not take the simulated key presses for typing the reply (input is blocked, e.g. by the lock screen or an administrator prompt); type the reply yourself</source><translation>Windows 没有接受输入回复用的模拟按键（输入被拦住了，比如锁屏或管理员授权提示）；请自己输入回复</translation></message><message><location filename="desktop/platform/windows.py" line="545" /><source>the chat app runs as administrator, so Windows silently drops the keys QuickReply sends; run QuickReply as administrator too or start the chat app normally</source><translation>聊天软件是以管理员身份运行的，Windows 会悄悄丢掉 QuickReply 发出的按键；请也以管理员身份运行 QuickReply，或者正常启动聊天软件</translation></message><message><location filename="desktop/platform/x11.py" line="143" /><source>the X server lacks the XTEST extension, so replies are copied: press Ctrl+V to paste</source><translation>X 服务器没有 XTEST 扩展，所以回复只会复制：请按 Ctrl+V 粘贴</translation></message><message><location filename="desktop/platform/x11.py" line="155" /><source>hotkey {hotkey}: this keyboard layout has no '{key}' key</source><translation>快捷键 {hotkey}：当前键盘布局没有 '{key}' 键</translation></message><message><location filename="desktop/platform/x11.py" line="167" /><source>hotkey {hotkey} is already used by QuickReply itself; choose another</source><translation>快捷键 {hotkey} 已被 QuickReply 自己占用；请换一个</translation></message><message><location filename="desktop/platform/x11.py" line="184" /><source>hotkey {hotkey} is already taken by another program; choose another combination in the settings</source><translation>快捷键 {hotkey} 已被其他程序占用；请在设置里换一个组合</translation></message><message><location filename="desktop/platform/x11.py" line="312" /><source>the X server lacks the XTEST extension: press Ctrl+V yourself</source><translation>X 服务器缺少 XTEST 扩展：请自己按 Ctrl+V</translation></message><message><location filename="desktop/platform/x11.py" line="322" /><source>the X server lacks the XTEST extension, so QuickReply cannot type</source><translation>X 服务器缺少 XTEST 扩展，QuickReply 无法输入文字</translation></message><message><location filename="desktop/platform/x11.py" line="326" /><source>this keyboard map has no free key code to type with; use Ctrl+V instead</source><translation>当前键盘映射里没有空闲的键码可以用来输入文字；请改用 Ctrl+V</translation></message></context></TS>