<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AccessibilityNotice</name>
    <message>
        <location filename="../../desktop/app.py" line="917" />
        <source>Show the macOS prompt</source>
        <translation>macOS 권한 요청 창 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="920" />
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>AlternativeEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="54" />
        <source>+ Add a message</source>
        <translation>+ 메시지 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="55" />
        <source>− Remove the last message</source>
        <translation>− 마지막 메시지 삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="69" />
        <source>The message the customer reads</source>
        <translation>고객이 받을 메시지</translation>
    </message>
</context>
<context>
    <name>CountdownChip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="63" />
        <source>{label}: {state}, target {target}s. Click when answered; right-click to discard.</source>
        <translation>{label}: {state}, 목표 {target}초. 답변하면 클릭하고, 잘못 켰으면 오른쪽 클릭으로 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="97" />
        <source>Answered</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="98" />
        <source>Discard (not counted)</source>
        <translation>잘못 누름, 취소 (통계 제외)</translation>
    </message>
</context>
<context>
    <name>Countdowns</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="26" />
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="27" />
        <source>almost due</source>
        <translation>곧 시간 초과</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="28" />
        <source>overdue</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="31" />
        <source>greet</source>
        <translation>인사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="32" />
        <source>reply</source>
        <translation>답변</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="111" />
        <source>Edit reply</source>
        <translation>답변 편집</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="118" />
        <source>Other ways customers ask, one per line</source>
        <translation>고객이 다르게 묻는 말, 한 줄에 하나씩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="140" />
        <source>+ Another wording</source>
        <translation>+ 다른 표현 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="158" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="159" />
        <source>Also asked as</source>
        <translation>다른 질문 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="160" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="164" />
        <source>Code</source>
        <translation>단축 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="165" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="166" />
        <source>Replies</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="169" />
        <source>Context</source>
        <translation>상황 설명</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="170" />
        <source>Tips</source>
        <translation>응대 팁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="171" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="193" />
        <location filename="../../desktop/ui/entry_editor.py" line="289" />
        <source>{error}
Fix this file before saving here</source>
        <translation>{error}
이 파일을 먼저 고친 후 저장해 주세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="240" />
        <source>Already used by {entry}</source>
        <translation>{entry}에서 이미 사용 중</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="262" />
        <source>A question, a category and a reply are needed</source>
        <translation>질문, 분류, 답변을 모두 입력해 주세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="278" />
        <source>Not saved: {error}</source>
        <translation>저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="296" />
        <source>The file changed</source>
        <translation>파일이 변경되었습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="298" />
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="300" />
        <source>— On disk now —
{theirs}

— Yours —
{ours}</source>
        <translation>— 현재 저장된 버전 —
{theirs}

— 내 버전 —
{ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="304" />
        <source>Keep mine</source>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="305" />
        <source>Take theirs</source>
        <translation>저장된 버전 사용</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="298" />
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="299" />
        <source>Click here, then press the new combination</source>
        <translation>여기를 클릭한 다음 새 단축키 조합을 누르세요</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="19" />
        <source>Qianniu quick phrases / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;All files (*)</source>
        <translation>첸뉴(千牛) 빠른 문구 / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Import replies</source>
        <translation>답변 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="46" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="58" />
        <source>Cannot import {file}</source>
        <translation>{file}을(를) 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="67" />
        <source>Nothing to change</source>
        <translation>바뀌는 내용이 없습니다</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="161" />
        <source>New reply</source>
        <translation>새 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="172" />
        <source>The reply the customer will read</source>
        <translation>고객이 받게 될 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="177" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="178" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="179" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="180" />
        <source>Reply</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="198" />
        <source>Give it a category</source>
        <translation>분류를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="213" />
        <source>Could not save in {folder}: {error}</source>
        <translation>{folder}에 저장하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Paster</name>
    <message>
        <location filename="../../desktop/ui/paste.py" line="127" />
        <source>Reply copied: press Ctrl+V in the chat app to paste it</source>
        <translation>답변을 복사했습니다: 채팅창에서 Ctrl+V를 눌러 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="132" />
        <source>Could not bring back the chat window; the reply is copied: press Ctrl+V in the chat app to paste it</source>
        <translation>채팅창으로 돌아가지 못했습니다. 답변은 복사되었으니 채팅창에서 Ctrl+V를 눌러 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="147" />
        <location filename="../../desktop/ui/paste.py" line="160" />
        <source>{error}; the reply is copied: press Ctrl+V in the chat app to paste it</source>
        <translation>{error}. 답변은 복사되었으니 채팅창에서 Ctrl+V를 눌러 붙여 넣으세요</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="168" />
        <source>Fill in, then Enter pastes (Esc: back)</source>
        <translation>입력 후 Enter로 붙여넣기 (Esc: 돌아가기)</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../desktop/app.py" line="74" />
        <source>show</source>
        <translation>검색 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="75" />
        <source>new customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="76" />
        <source>customer asked</source>
        <translation>고객 문의</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="77" />
        <source>answered</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="278" />
        <source>{action} hotkey: {error}</source>
        <translation>'{action}' 단축키: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="486" />
        <source>Copied: paste it with Ctrl+V</source>
        <translation>복사했습니다: Ctrl+V로 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="551" />
        <source>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>팀 답변입니다. 저장하면 내 답변으로 복사되며, 원본은 그대로 남아 언제든 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="556" />
        <source>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>기본 답변입니다. 저장하면 내 답변으로 복사되며, 원본은 그대로 남아 언제든 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="572" />
        <source>{question} (copy)</source>
        <translation>{question} (복사본)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="582" />
        <source>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</source>
        <translation>팀 답변과 기본 답변은 여기서 삭제할 수 없습니다. 편집해서 내 답변으로 만들거나 팀장에게 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="590" />
        <source>Revert to the team version?
({path}; the previous version is backed up)</source>
        <translation>팀 버전으로 되돌릴까요?
({path}, 이전 버전은 백업됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="593" />
        <source>Revert to the bundled version?
({path}; the previous version is backed up)</source>
        <translation>기본 버전으로 되돌릴까요?
({path}, 이전 버전은 백업됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="596" />
        <source>Delete “{question}”?
({path}; the previous version is backed up)</source>
        <translation>“{question}”을(를) 삭제할까요?
({path}, 이전 버전은 백업됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="618" />
        <source>Not deleted: {error}</source>
        <translation>삭제하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="621" />
        <source>Deleted: {question}</source>
        <translation>삭제했습니다: {question}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="641" />
        <source>Import replies</source>
        <translation>답변 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="795" />
        <source>About QuickReply</source>
        <translation>QuickReply 정보</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="797" />
        <source>QuickReply {version}

Quick replies for shop customer service

Playbooks: {playbooks}
Settings: {settings}</source>
        <translation>QuickReply {version}

쇼핑몰 상담용 빠른 답변

답변 폴더: {playbooks}
설정 파일: {settings}</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="112" />
        <source>{count} × {bin}s bins</source>
        <translation>{count}건, {bin}초 단위</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="121" />
        <source>target {target}s</source>
        <translation>목표 {target}초</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="25" />
        <source>bundled</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="26" />
        <source>team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="27" />
        <source>personal</source>
        <translation>개인</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="75" />
        <source>personal copy of {layer} entry</source>
        <translation>{layer} 답변의 개인 사본</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="46" />
        <source>Enter paste</source>
        <translation>Enter 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="47" />
        <source>Alt+1…9 paste that row</source>
        <translation>Alt+1…9 해당 줄 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="48" />
        <source>Tab next wording</source>
        <translation>Tab 다른 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="49" />
        <source>Ctrl+C copy</source>
        <translation>Ctrl+C 복사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="50" />
        <source>Ctrl+T timers</source>
        <translation>Ctrl+T 타이머</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="51" />
        <source>F1 rules</source>
        <translation>F1 응대 규칙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="52" />
        <source>F3 today</source>
        <translation>F3 오늘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="53" />
        <source>Esc hide</source>
        <translation>Esc 숨기기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="79" />
        <source>Part {number} of {count} ready</source>
        <translation>{number}/{count}번째 메시지 준비됨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="245" />
        <source>Type a question, pinyin, initials or keywords…</source>
        <translation>질문, 초성 또는 키워드 입력…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="345" />
        <source>… {count} more (quickreply lint shows all)</source>
        <translation>… 외 {count}개 (quickreply lint로 전체 보기)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="472" />
        <source>Edit (F2)</source>
        <translation>편집 (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="473" />
        <source>Duplicate (Ctrl+D)</source>
        <translation>복제해서 새 답변 만들기 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="475" />
        <source>Revert to the {layer} version</source>
        <translation>{layer} 버전으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="477" />
        <source>Delete (Del)</source>
        <translation>삭제 (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="585" />
        <source>{count} replies</source>
        <translation>답변 {count}개</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="587" />
        <source>{count} result(s)</source>
        <translation>검색 결과 {count}개</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="589" />
        <source>No reply matches “{text}” — Ctrl+N creates one</source>
        <translation>“{text}”에 맞는 답변이 없습니다 — Ctrl+N으로 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="612" />
        <source>Context: {context}</source>
        <translation>상황: {context}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="615" />
        <source>Tips: {tips}</source>
        <translation>팁: {tips}</translation>
    </message>
</context>
<context>
    <name>ServiceRulesDialog</name>
    <message>
        <location filename="../../desktop/ui/rules_dialog.py" line="34" />
        <source>Service rules</source>
        <translation>상담 원칙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_dialog.py" line="42" />
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="51" />
        <source>Show QuickReply</source>
        <translation>QuickReply 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52" />
        <source>New customer (start the greeting countdown)</source>
        <translation>새 고객 (인사 카운트다운 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53" />
        <source>Customer asked (start the reply countdown)</source>
        <translation>고객 문의 (답변 카운트다운 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54" />
        <source>Answered (stop the countdown)</source>
        <translation>답변 완료 (카운트다운 중지)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58" />
        <source>Greeting target</source>
        <translation>인사 시간 제한</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59" />
        <source>Reply target</source>
        <translation>답변 시간 제한</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60" />
        <source>Warn before the target</source>
        <translation>제한 시간 전에 미리 알림</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61" />
        <source>Start a reply countdown when QuickReply opens</source>
        <translation>QuickReply를 열 때 답변 카운트다운 시작</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Always show the timers</source>
        <translation>타이머 항상 표시</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Play a sound when time is nearly up</source>
        <translation>시간이 거의 다 되면 알림음 재생</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Play a sound when a reply is late</source>
        <translation>답변이 늦어지면 알림음 재생</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67" />
        <source>Watched chat apps (one per line)</source>
        <translation>감시할 채팅 앱 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68" />
        <source>Put your clipboard back after</source>
        <translation>클립보드를 되돌리기까지 대기 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Paste with</source>
        <translation>붙여넣기 키</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70" />
        <source>Chat apps with their own paste key (one per line: app = key)</source>
        <translation>붙여넣기 키를 따로 쓰는 채팅 앱 (한 줄에 하나: 앱 = 키)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73" />
        <source>Send each part (press Enter after each part)</source>
        <translation>나눠서 보내기 (부분마다 Enter 누르기)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>Pause between parts</source>
        <translation>부분 사이 대기 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75" />
        <source>Use the bundled playbooks</source>
        <translation>기본 제공 응대 문구 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76" />
        <source>Team playbook sources (one per line)</source>
        <translation>팀 응대 문구 위치 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77" />
        <source>Use only these team playbooks (empty = all)</source>
        <translation>이 팀 응대 문구만 사용 (비워 두면 전부)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="80" />
        <source>Hosts allowed over plain http</source>
        <translation>일반 http를 허용할 내부 호스트</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81" />
        <source>Check team playbooks every</source>
        <translation>팀 응대 문구 확인 간격</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82" />
        <source>Window opacity</source>
        <translation>창 불투명도</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83" />
        <source>Font size (0 = the system's size)</source>
        <translation>글자 크기 (0 = 시스템 설정)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88" />
        <location filename="../../desktop/ui/settings_dialog.py" line="93" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="89" />
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90" />
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97" />
        <location filename="../../desktop/ui/settings_dialog.py" line="108" />
        <source>For example:</source>
        <translation>예:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>A folder or https:// address, for example:</source>
        <translation>폴더 또는 https:// 주소, 예:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102" />
        <source>File names without .yaml</source>
        <translation>.yaml을 뺀 파일 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>One per line, for example:</source>
        <translation>한 줄에 하나씩, 예:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="115" />
        <source>Type the text (for apps that block pasting)</source>
        <translation>글자로 입력 (붙여넣기를 막는 앱용)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="119" />
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="121" />
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="132" />
        <source>Chinese and Korean systems use this combination to switch the input method</source>
        <translation>중국어·한국어 시스템은 이 조합으로 입력기를 전환합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="421" />
        <source>QuickReply settings</source>
        <translation>QuickReply 설정</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="439" />
        <source>Hotkeys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="440" />
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="441" />
        <source>Chat apps</source>
        <translation>채팅 앱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="442" />
        <source>Pasting</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="443" />
        <source>Playbooks</source>
        <translation>응대 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="444" />
        <source>Appearance</source>
        <translation>화면</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="446" />
        <source>Start QuickReply when I log in</source>
        <translation>로그인하면 QuickReply 자동 실행</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="465" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="466" />
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="467" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="468" />
        <source>Restore defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="491" />
        <source>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</source>
        <translation>칸을 클릭하고 새 조합을 누르세요. Backspace나 '지우기'를 누르면 단축키가 꺼집니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="500" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="501" />
        <source>Switch this hotkey off</source>
        <translation>이 단축키 끄기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="520" />
        <source>Countdowns</source>
        <translation>카운트다운</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="526" />
        <source>Sounds</source>
        <translation>알림음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="543" />
        <source>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</source>
        <translation>이 앱들이 새 메시지를 알리면 인사 또는 답변 카운트다운이 시작됩니다. 프로그램 이름을 적으세요. 대소문자는 구분하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="550" />
        <source>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</source>
        <translation>macOS는 새 메시지를 QuickReply에 알려 주지 않으므로 카운트다운은 직접 시작해야 합니다. 단축키를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="573" />
        <source>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</source>
        <translation>채팅 앱이 Ctrl+V를 무시하면 Shift+Insert를 선택하세요. 답변을 붙여넣은 뒤 위에서 정한 시간이 지나면 원래 클립보드 내용이 돌아옵니다. 채팅 앱이 느리게 붙여넣으면 시간을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="633" />
        <source>QuickReply switches to the new language as soon as you apply it.</source>
        <translation>적용하면 바로 새 언어로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="761" />
        <source>{combination} is already used for “{action}”</source>
        <translation>{combination}은(는) 이미 '{action}'에 쓰이고 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="802" />
        <source>Fix the hotkeys marked in red first.</source>
        <translation>빨간색으로 표시된 단축키를 먼저 고치세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="807" />
        <source>Nothing was changed:</source>
        <translation>아무것도 바뀌지 않았습니다:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="813" />
        <source>In use now, but not saved: {error}</source>
        <translation>지금 적용됐지만 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="832" />
        <source>Could not change start at login: {error}</source>
        <translation>로그인 시 자동 실행을 바꾸지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="155" />
        <source>QuickReply timers</source>
        <translation>QuickReply 타이머</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="159" />
        <source>Drag to move; it snaps to the nearest screen edge</source>
        <translation>끌어서 옮기세요. 가장 가까운 화면 가장자리에 붙습니다</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="110" />
        <source>Pin: stay open after pasting</source>
        <translation>고정: 붙여넣은 후에도 창 유지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="112" />
        <source>Service rules (F1)</source>
        <translation>응대 규칙 (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="113" />
        <source>Hide (Esc)</source>
        <translation>숨기기 (Esc)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="41" />
        <source>Greeting</source>
        <translation>인사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="42" />
        <source>Reply</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="66" />
        <source>{kind}: none yet</source>
        <translation>{kind}: 오늘은 아직 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="70" />
        <source>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</source>
        <translation>{kind}: {count}건 · {share} {target}초 이내 · 중앙값 {median} · 90%가 {p90} 이내</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="238" />
        <source>Today</source>
        <translation>오늘 통계</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="249" />
        <source>New reply from it…</source>
        <translation>이 검색어로 새 답변…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="252" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="256" />
        <source>Most used replies</source>
        <translation>가장 많이 쓴 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="258" />
        <source>Searches with no reply</source>
        <translation>답변을 못 찾은 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="281" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes</source>
        <translation>&lt;b&gt;오늘&lt;/b&gt; ({since}부터): 붙여 넣기 {pastes}회</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="284" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes, median {median}s from hotkey to paste</source>
        <translation>&lt;b&gt;오늘&lt;/b&gt; ({since}부터): 붙여 넣기 {pastes}회, 단축키부터 붙여 넣기까지 중앙값 {median}초</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="63" />
        <source>Show search</source>
        <translation>답변 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="64" />
        <source>New entry</source>
        <translation>새 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="65" />
        <source>Today</source>
        <translation>오늘 통계</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="66" />
        <source>Pause reminders</source>
        <translation>알림 일시 중지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="71" />
        <source>Open playbooks folder</source>
        <translation>답변 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="72" />
        <source>Import replies…</source>
        <translation>답변 가져오기…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="73" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="74" />
        <source>Service rules</source>
        <translation>상담 원칙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="75" />
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="77" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="90" />
        <source>QuickReply — {waiting} customer(s) waiting, someone is overdue</source>
        <translation>QuickReply — 고객 {waiting}명 대기 중, 시간 초과 있음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="92" />
        <source>QuickReply — {waiting} customer(s) waiting</source>
        <translation>QuickReply — 고객 {waiting}명 대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="94" />
        <source>QuickReply — nobody waiting</source>
        <translation>QuickReply — 대기 중인 고객 없음</translation>
    </message>
</context>
</TS>