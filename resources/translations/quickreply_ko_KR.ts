<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AccessibilityNotice</name>
    <message>
        <location filename="../../desktop/app.py" line="558" />
        <source>{explanation}.</source>
        <translation>{explanation}.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="566" />
        <source>Show the macOS prompt</source>
        <translation>macOS 권한 요청 창 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="569" />
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>AlternativeEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="60" />
        <source>+ Add a message</source>
        <translation>+ 메시지 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="61" />
        <source>− Remove the last message</source>
        <translation>− 마지막 메시지 삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="75" />
        <source>The message the customer reads</source>
        <translation>고객이 받을 메시지</translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="199" />
        <source>{count} more waiting: choose one when answered</source>
        <translation>{count}명이 더 기다리고 있습니다: 답변한 고객을 여기서 고르세요</translation>
    </message>
</context>
<context>
    <name>CountdownChip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="68" />
        <source>{label}: {state}, target {target}s. Click when answered; right-click to discard.</source>
        <translation>{label}: {state}, 목표 {target}초. 답변하면 클릭하고, 잘못 켰으면 오른쪽 클릭으로 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="102" />
        <source>Answered</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="103" />
        <source>Discard (not counted)</source>
        <translation>잘못 누름, 취소 (통계 제외)</translation>
    </message>
</context>
<context>
    <name>Countdowns</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="29" />
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="30" />
        <source>almost due</source>
        <translation>곧 시간 초과</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="31" />
        <source>overdue</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="34" />
        <source>greet</source>
        <translation>인사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="35" />
        <source>reply</source>
        <translation>답변</translation>
    </message>
</context>
<context>
    <name>EntryEditing</name>
    <message>
        <location filename="../../desktop/ui/editing.py" line="75" />
        <source>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>팀 답변입니다. 저장하면 내 답변으로 복사되며, 원본은 그대로 남아 언제든 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="80" />
        <source>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>기본 답변입니다. 저장하면 내 답변으로 복사되며, 원본은 그대로 남아 언제든 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="110" />
        <source>{question} (copy)</source>
        <translation>{question} (복사본)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="120" />
        <source>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</source>
        <translation>팀 답변과 기본 답변은 여기서 삭제할 수 없습니다. 편집해서 내 답변으로 만들거나 팀장에게 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="143" />
        <source>Revert to the team version?
({path}; the previous version is backed up)</source>
        <translation>팀 버전으로 되돌릴까요?
({path}, 이전 버전은 백업됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="145" />
        <source>Revert to the bundled version?
({path}; the previous version is backed up)</source>
        <translation>기본 버전으로 되돌릴까요?
({path}, 이전 버전은 백업됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="147" />
        <source>Delete “{question}”?
({path}; the previous version is backed up)</source>
        <translation>“{question}”을(를) 삭제할까요?
({path}, 이전 버전은 백업됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="156" />
        <source>Not deleted: {error}</source>
        <translation>삭제하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="159" />
        <source>Deleted: {question}</source>
        <translation>삭제했습니다: {question}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="183" />
        <source>Import replies</source>
        <translation>답변 가져오기</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="117" />
        <source>Edit reply</source>
        <translation>답변 편집</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="117" />
        <source>New reply</source>
        <translation>새 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="124" />
        <source>Other ways customers ask, one per line</source>
        <translation>고객이 다르게 묻는 말, 한 줄에 하나씩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="147" />
        <source>+ Another wording</source>
        <translation>+ 다른 표현 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="175" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="176" />
        <source>Also asked as</source>
        <translation>다른 질문 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="177" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="181" />
        <source>Code</source>
        <translation>단축 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="182" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="183" />
        <source>Replies</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="186" />
        <source>Context</source>
        <translation>상황 설명</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="187" />
        <source>Tips</source>
        <translation>응대 팁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="188" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="220" />
        <location filename="../../desktop/ui/entry_editor.py" line="325" />
        <source>{error}
Fix this file before saving here</source>
        <translation>{error}
이 파일을 먼저 고친 후 저장해 주세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="269" />
        <source>Already used by “{question}”</source>
        <translation>“{question}”에서 이미 사용 중</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="292" />
        <source>A question, a category and a reply are needed</source>
        <translation>질문, 분류, 답변을 모두 입력해 주세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="313" />
        <source>Not saved: {error}</source>
        <translation>저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="333" />
        <source>The file changed</source>
        <translation>파일이 변경되었습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="335" />
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="337" />
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
        <location filename="../../desktop/ui/entry_editor.py" line="341" />
        <source>Keep mine</source>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="342" />
        <source>Take theirs</source>
        <translation>저장된 버전 사용</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="324" />
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="325" />
        <source>Click here, then press the new combination</source>
        <translation>여기를 클릭한 다음 새 단축키 조합을 누르세요</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Qianniu quick phrases / Espanso / CSV / YAML / script books (*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;All files (*)</source>
        <translation>첸뉴(千牛) 빠른 문구 / Espanso / CSV / YAML / 응대 문서 (*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="73" />
        <source>Import replies</source>
        <translation>답변 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="81" />
        <source>Pick a playbook to update, or type a new name</source>
        <translation>업데이트할 답변 파일을 고르거나 새 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="83" />
        <source>Into playbook</source>
        <translation>가져올 답변 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="89" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="110" />
        <location filename="../../desktop/ui/import_dialog.py" line="151" />
        <source>Cannot import {file}</source>
        <translation>{file}을(를) 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="120" />
        <source>Make the fill-ins placeholders the agent fills in: {found}</source>
        <translation>이 빈칸들을 붙여넣을 때 상담원이 채우는 자리 표시자로 바꾸기: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="127" />
        <source>the same in every chat: set it once here</source>
        <translation>모든 채팅에서 같은 값: 여기서 한 번만 입력하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="161" />
        <source>Nothing to change</source>
        <translation>바뀌는 내용이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="176" />
        <source>Imported {count} replies into {file}</source>
        <translation>답변 {count}개를 {file}에 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="183" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="186" />
        <source>About QuickReply</source>
        <translation>QuickReply 정보</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="188" />
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
    <name>Paster</name>
    <message>
        <location filename="../../desktop/ui/paste.py" line="173" />
        <source>Reply copied: press {paste} in the chat app to paste it</source>
        <translation>답변을 복사했습니다: 채팅창에서 {paste}를 눌러 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="178" />
        <source>Could not bring back the chat window; the reply is copied: press {paste} in the chat app to paste it</source>
        <translation>채팅창으로 돌아가지 못했습니다. 답변은 복사되었으니 채팅창에서 {paste}를 눌러 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="182" />
        <source>{error}; the reply is copied: press {paste} in the chat app to paste it</source>
        <translation>{error}. 답변은 복사되었으니 채팅창에서 {paste}를 눌러 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="188" />
        <source>Pasted. Your own clipboard could not be kept: the program holding it is not answering</source>
        <translation>붙여 넣었습니다. 원래 클립보드 내용은 지키지 못했습니다: 클립보드를 가진 프로그램이 응답하지 않습니다</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="230" />
        <source>Order number</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="231" />
        <source>Tracking number</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="232" />
        <source>Customer's name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="233" />
        <source>Answer by (time)</source>
        <translation>답변 드릴 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="234" />
        <source>Restock date</source>
        <translation>입고 예정일</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="235" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="236" />
        <source>Coupon code</source>
        <translation>쿠폰 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="237" />
        <source>Size</source>
        <translation>사이즈</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="255" />
        <source>Fill in, then Enter pastes (Esc: back)</source>
        <translation>입력 후 Enter로 붙여넣기 (Esc: 돌아가기)</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../desktop/app.py" line="57" />
        <source>show</source>
        <translation>검색 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="58" />
        <source>new customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59" />
        <source>customer asked</source>
        <translation>고객 문의</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60" />
        <source>answered</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="312" />
        <source>{action} hotkey: {error}</source>
        <translation>'{action}' 단축키: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="414" />
        <source>Your replies are imported. Keep searching the bundled example replies too? They tell customers a demo shop's facts until you set yours (F4).</source>
        <translation>답변을 가져왔어요. 기본 예시 답변도 계속 검색할까요? 가게 정보(F4)를 채우기 전까지는 예시 가게 정보가 고객에게 나갑니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="421" />
        <source>Switch the bundled replies off</source>
        <translation>기본 답변 끄기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="423" />
        <source>Keep them</source>
        <translation>계속 쓰기</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="437" />
        <source>The bundled replies are off until a restart: {path} could not be saved ({reason})</source>
        <translation>기본 답변을 껐지만 다시 시작하면 돌아옵니다: {path}을(를) 저장하지 못했습니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>ReplyFlow</name>
    <message>
        <location filename="../../desktop/ui/reply_flow.py" line="294" />
        <source>Copied: paste it with {paste}</source>
        <translation>복사했습니다: {paste}로 붙여 넣으세요</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="121" />
        <source>{count} answered, counted per {bin} seconds</source>
        <translation>답변 {count}건, {bin}초 단위로 집계</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="128" />
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
        <location filename="../../desktop/ui/search_window.py" line="64" />
        <source>Enter paste</source>
        <translation>Enter 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="65" />
        <source>Alt+1…9 paste that row</source>
        <translation>Alt+1…9 해당 줄 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="66" />
        <source>Tab next wording</source>
        <translation>Tab 다른 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="67" />
        <source>Ctrl+C copy</source>
        <translation>Ctrl+C 복사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="68" />
        <source>Ctrl+T timers</source>
        <translation>Ctrl+T 타이머</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66" />
        <source>F1 rules</source>
        <translation>F1 응대 규칙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="55" />
        <source>F3 today</source>
        <translation>F3 오늘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="70" />
        <source>Esc hide</source>
        <translation>Esc 숨기기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="97" />
        <source>Part {number} of {count} ready</source>
        <translation>{number}/{count}번째 메시지 준비됨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="343" />
        <source>Type a question, pinyin, initials or keywords…</source>
        <translation>질문, 초성 또는 키워드 입력…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="435" />
        <source>… {count} more (quickreply lint shows all)</source>
        <translation>… 외 {count}개 (quickreply lint로 전체 보기)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="597" />
        <source>{status}: Enter sends it, Esc keeps it for later</source>
        <translation>{status}: Enter로 보내기, Esc는 나중에</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="617" />
        <source>Edit (F2)</source>
        <translation>편집 (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="618" />
        <source>Duplicate (Ctrl+D)</source>
        <translation>복제해서 새 답변 만들기 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="620" />
        <source>Revert to the {layer} version</source>
        <translation>{layer} 버전으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="622" />
        <source>Delete (Del)</source>
        <translation>삭제 (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="787" />
        <source>No category has groups like 淘宝/售前 to limit the results to</source>
        <translation>淘宝/售前처럼 단계가 있는 분류가 없어 상위 분류로 좁힐 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="795" />
        <source>Every reply is in one language: there is nothing to limit</source>
        <translation>모든 답변이 한 언어라서 거를 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="803" />
        <source>All replies come from one playbook: there is nothing to limit</source>
        <translation>모든 답변이 한 파일에서 와서 거를 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="815" />
        <source>Only {limits}: {count} result(s) · Ctrl+G group · Ctrl+L language · Ctrl+P playbook</source>
        <translation>{limits}만: 결과 {count}개 · Ctrl+G 분류 · Ctrl+L 언어 · Ctrl+P 답변 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="820" />
        <source>{count} replies</source>
        <translation>답변 {count}개</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="822" />
        <source>{count} result(s)</source>
        <translation>검색 결과 {count}개</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="824" />
        <source>No reply matches “{text}” — Ctrl+N creates one</source>
        <translation>“{text}”에 맞는 답변이 없습니다 — Ctrl+N으로 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="838" />
        <source>Demo values in this reply: {values}. F4 sets your shop's own.</source>
        <translation>이 답변에 예시 값이 남아 있어요: {values}. F4에서 우리 가게 정보로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="852" />
        <source>Context: {context}</source>
        <translation>상황: {context}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="855" />
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
        <location filename="../../desktop/ui/settings_dialog.py" line="55" />
        <source>Show QuickReply</source>
        <translation>QuickReply 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56" />
        <source>New customer (start the greeting countdown)</source>
        <translation>새 고객 (인사 카운트다운 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57" />
        <source>Customer asked (start the reply countdown)</source>
        <translation>고객 문의 (답변 카운트다운 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58" />
        <source>Answered (stop the countdown)</source>
        <translation>답변 완료 (카운트다운 중지)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62" />
        <source>Greeting target</source>
        <translation>인사 시간 제한</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63" />
        <source>Reply target</source>
        <translation>답변 시간 제한</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Warn before the target</source>
        <translation>제한 시간 전에 미리 알림</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Start a reply countdown when QuickReply opens</source>
        <translation>QuickReply를 열 때 답변 카운트다운 시작</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68" />
        <source>Always show the timers</source>
        <translation>타이머 항상 표시</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Play a sound when time is nearly up</source>
        <translation>시간이 거의 다 되면 알림음 재생</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70" />
        <source>Play a sound when a reply is late</source>
        <translation>답변이 늦어지면 알림음 재생</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71" />
        <source>Watched chat apps (one per line)</source>
        <translation>감시할 채팅 앱 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72" />
        <source>Put your clipboard back after</source>
        <translation>클립보드를 되돌리기까지 대기 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73" />
        <source>Paste with</source>
        <translation>붙여넣기 키</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>Chat apps with their own paste key (one per line: app = key)</source>
        <translation>붙여넣기 키를 따로 쓰는 채팅 앱 (한 줄에 하나: 앱 = 키)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77" />
        <source>Send each part (press Enter after each part)</source>
        <translation>나눠서 보내기 (부분마다 Enter 누르기)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="78" />
        <source>Pause between parts</source>
        <translation>부분 사이 대기 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79" />
        <source>Use the bundled playbooks</source>
        <translation>기본 제공 응대 문구 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="80" />
        <source>Team playbook sources (one per line)</source>
        <translation>팀 응대 문구 위치 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81" />
        <source>Use only these team playbooks (empty = all)</source>
        <translation>이 팀 응대 문구만 사용 (비워 두면 전부)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Hosts allowed over plain http</source>
        <translation>일반 http를 허용할 내부 호스트</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85" />
        <source>Check team playbooks every</source>
        <translation>팀 응대 문구 확인 간격</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86" />
        <source>Window opacity</source>
        <translation>창 불투명도</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="87" />
        <source>Font size (0 = the system's size)</source>
        <translation>글자 크기 (0 = 시스템 설정)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88" />
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="89" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="655" />
        <source>A search that ended without sending a reply is kept so you can write the reply it needed. When you paste a customer's message into the search, that is their words: switch this off and nothing typed is kept. Customer names and window titles are never kept.</source>
        <translation>답변을 보내지 않고 끝난 검색은 필요한 답변을 나중에 쓸 수 있도록 보관합니다. 고객의 메시지를 검색창에 붙여 넣으면 그것은 고객이 쓴 말입니다. 이 옵션을 끄면 입력한 내용을 전혀 보관하지 않습니다. 고객 이름과 창 제목은 절대 보관하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101" />
        <source>Privacy</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="109" />
        <location filename="../../desktop/ui/settings_dialog.py" line="114" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="110" />
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="111" />
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="118" />
        <location filename="../../desktop/ui/settings_dialog.py" line="129" />
        <source>For example:</source>
        <translation>예:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120" />
        <source>A folder or https:// address, for example:</source>
        <translation>폴더 또는 https:// 주소, 예:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="123" />
        <source>File names without .yaml</source>
        <translation>.yaml을 뺀 파일 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="125" />
        <source>One per line, for example:</source>
        <translation>한 줄에 하나씩, 예:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="136" />
        <source>Type the text (for apps that block pasting)</source>
        <translation>글자로 입력 (붙여넣기를 막는 앱용)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="146" />
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="147" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="148" />
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="159" />
        <source>Chinese and Korean systems use this combination to switch the input method</source>
        <translation>중국어·한국어 시스템은 이 조합으로 입력기를 전환합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="467" />
        <source>QuickReply settings</source>
        <translation>QuickReply 설정</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="95" />
        <source>Hotkeys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90" />
        <source>Keep searches that ended without a reply (for the Today panel)</source>
        <translation>답변을 보내지 않고 끝난 검색 보관 (오늘 패널에서 사용)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96" />
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97" />
        <source>Chat apps</source>
        <translation>채팅 앱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98" />
        <source>Pasting</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>Playbooks</source>
        <translation>응대 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100" />
        <source>Appearance</source>
        <translation>화면</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="494" />
        <source>Start QuickReply when I log in</source>
        <translation>로그인하면 QuickReply 자동 실행</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="514" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="515" />
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="516" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="517" />
        <location filename="../../desktop/ui/settings_dialog.py" line="861" />
        <source>Restore defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="597" />
        <source>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</source>
        <translation>칸을 클릭하고 새 조합을 누르세요. Backspace나 '지우기'를 누르면 단축키가 꺼집니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="607" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="608" />
        <source>Switch this hotkey off</source>
        <translation>이 단축키 끄기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>Countdowns</source>
        <translation>카운트다운</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="105" />
        <source>Sounds</source>
        <translation>알림음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="636" />
        <source>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</source>
        <translation>이 앱들이 새 메시지를 알리면 인사 또는 답변 카운트다운이 시작됩니다. 프로그램 이름을 적으세요. 대소문자는 구분하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="629" />
        <source>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</source>
        <translation>macOS는 새 메시지를 QuickReply에 알려 주지 않으므로 카운트다운은 직접 시작해야 합니다. 단축키를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="644" />
        <source>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</source>
        <translation>채팅 앱이 Ctrl+V를 무시하면 Shift+Insert를 선택하세요. 답변을 붙여넣은 뒤 위에서 정한 시간이 지나면 원래 클립보드 내용이 돌아옵니다. 채팅 앱이 느리게 붙여넣으면 시간을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="650" />
        <source>QuickReply switches to the new language as soon as you apply it.</source>
        <translation>적용하면 바로 새 언어로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="694" />
        <source>System size</source>
        <translation>시스템 크기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="801" />
        <source>{combination} is already used for “{action}”</source>
        <translation>{combination}은(는) 이미 '{action}'에 쓰이고 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="863" />
        <source>Show the default settings in every tab? Team playbook addresses, watched chat apps and hotkeys go back to the defaults too. Nothing is used or saved before Apply or OK.</source>
        <translation>모든 탭에 기본 설정을 표시할까요? 팀 플레이북 주소, 감시하는 채팅 앱, 단축키도 기본값으로 돌아갑니다. 적용이나 확인을 누르기 전에는 쓰이거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="883" />
        <source>Fix the hotkeys marked in red first.</source>
        <translation>빨간색으로 표시된 단축키를 먼저 고치세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="888" />
        <source>Nothing was changed:</source>
        <translation>아무것도 바뀌지 않았습니다:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="894" />
        <source>In use now, but not saved: {error}</source>
        <translation>지금 적용됐지만 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="915" />
        <source>Could not change start at login: {error}</source>
        <translation>로그인 시 자동 실행을 바꾸지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="31" />
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="32" />
        <source>Agent name or number</source>
        <translation>상담원 이름 또는 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="33" />
        <source>Free shipping from</source>
        <translation>무료 배송 기준 금액</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="34" />
        <source>Returns accepted within (days)</source>
        <translation>반품 가능 기간 (일)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="35" />
        <source>Exchanges accepted within (days)</source>
        <translation>교환 가능 기간 (일)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="36" />
        <source>Ships within (hours)</source>
        <translation>출고까지 걸리는 시간 (시간)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="37" />
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="38" />
        <source>Ships from</source>
        <translation>출고지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="39" />
        <source>Delivery time (days)</source>
        <translation>보통 배송 기간 (일)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="40" />
        <source>Delivery time to remote areas (days)</source>
        <translation>도서산간 배송 기간 (일)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="41" />
        <source>How customers get an invoice</source>
        <translation>영수증·계산서 발행 안내</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="42" />
        <source>Wholesale and agency contact</source>
        <translation>도매·대리점 문의처</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="43" />
        <source>Payment methods</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="81" />
        <source>Your shop</source>
        <translation>우리 가게</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="92" />
        <source>{problem}
Saving keeps that file aside and starts a new one.</source>
        <translation>{problem}
저장하면 이 파일은 따로 보관하고 새 파일을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="98" />
        <source>The bundled replies use these facts. Fill in your shop's own: every bundled reply uses them from now on. An empty field keeps the demo value shown in grey, and the preview flags each reply that still uses one.</source>
        <translation>기본 답변에 들어가는 가게 정보예요. 우리 가게 정보로 채우면 이제부터 모든 기본 답변에 들어갑니다. 비워 둔 칸은 회색으로 보이는 예시 값이 그대로 쓰이고, 예시 값이 남은 답변은 미리보기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="114" />
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="135" />
        <source>In the replies as {{{name}}}</source>
        <translation>답변에는 {{{name}}}(으)로 들어가요</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="153" />
        <source>Could not save {path}: {reason}</source>
        <translation>{path}을(를) 저장하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="225" />
        <source>QuickReply timers</source>
        <translation>QuickReply 타이머</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="229" />
        <source>Drag to move; it snaps to the nearest screen edge</source>
        <translation>끌어서 옮기세요. 가장 가까운 화면 가장자리에 붙습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="263" />
        <source>{status}: the hotkey in that chat offers it</source>
        <translation>{status}: 그 채팅에서 단축키를 누르면 이 부분이 먼저 나옵니다</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="128" />
        <source>Pin: stay open after pasting</source>
        <translation>고정: 붙여넣은 후에도 창 유지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="131" />
        <source>Service rules (F1)</source>
        <translation>응대 규칙 (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="132" />
        <source>Hide (Esc)</source>
        <translation>숨기기 (Esc)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="36" />
        <source>Greeting</source>
        <translation>인사</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="37" />
        <source>Reply</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="60" />
        <source>{kind}: none yet</source>
        <translation>{kind}: 오늘은 아직 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="64" />
        <source>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</source>
        <translation>{kind}: {count}건 · {share} {target}초 이내 · 중앙값 {median} · 90%가 {p90} 이내</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="192" />
        <source>Today</source>
        <translation>오늘 통계</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="204" />
        <source>New reply from it…</source>
        <translation>이 검색어로 새 답변…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="207" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="220" />
        <source>Most used replies</source>
        <translation>가장 많이 쓴 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="222" />
        <source>Searches that ended without sending a reply</source>
        <translation>검색 후 답변을 보내지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="245" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes}</source>
        <translation>&lt;b&gt;오늘&lt;/b&gt; ({since}부터): 붙여 넣기 {pastes}회</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="248" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes} · median {median}s from hotkey to paste</source>
        <translation>&lt;b&gt;오늘&lt;/b&gt; ({since}부터): 붙여 넣기 {pastes}회, 단축키부터 붙여 넣기까지 중앙값 {median}초</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49" />
        <source>Show search</source>
        <translation>답변 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="50" />
        <source>New entry</source>
        <translation>새 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="53" />
        <source>Today</source>
        <translation>오늘 통계</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="57" />
        <source>Pause reminders</source>
        <translation>알림 일시 중지</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="58" />
        <source>Open playbooks folder</source>
        <translation>답변 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="59" />
        <source>Import replies…</source>
        <translation>답변 가져오기…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="60" />
        <source>Your shop…</source>
        <translation>우리 가게…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="61" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="64" />
        <source>Service rules</source>
        <translation>상담 원칙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="68" />
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="69" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="71" />
        <source>QuickReply — {waiting} customer(s) waiting, someone is overdue</source>
        <translation>QuickReply — 고객 {waiting}명 대기 중, 시간 초과 있음</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="73" />
        <source>QuickReply — {waiting} customer(s) waiting</source>
        <translation>QuickReply — 고객 {waiting}명 대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="75" />
        <source>QuickReply — nobody waiting</source>
        <translation>QuickReply — 대기 중인 고객 없음</translation>
    </message>
</context>
<context><name>Messages</name><message><location filename="desktop/core/errors.py" line="51" /><source>{where}: {message}{rule}</source><translation>{where}: {message}{rule}</translation></message><message><location filename="desktop/core/errors.py" line="54" /><source>{where}: warning: {message}{rule}</source><translation>{where}: 경고: {message}{rule}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="120" /><source>a key in {what} is not a plain word; it is left out</source><translation>{what}에 일반 단어가 아닌 키가 있습니다. 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="128" /><source>'{key}' appears twice in {what}: the one at line {line}, column {column} is used, this one is left out</source><translation>{what}에 '{key}'이(가) 두 번 나옵니다: {line}행 {column}열의 것을 쓰고 이것은 빼 둡니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="153" /><source>'{key}' in {what} must be a list of texts; it is left out</source><translation>{what}의 '{key}'은(는) 텍스트 목록이어야 합니다. 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="162" /><source>an item of '{key}' in {what} is not text; it is left out</source><translation>{what}의 '{key}'에 텍스트가 아닌 항목이 있습니다. 그 항목은 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="172" /><source>'vars' in {what} must be a list of variables; they are left out</source><translation>{what}의 'vars'는 변수 목록이어야 합니다. 이 변수들은 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="176" /><source>a variable</source><translation>변수</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="179" /><source>a variable in {what} has no name; it is left out</source><translation>{what}에 이름 없는 변수가 있습니다. 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="227" /><source>{what}: '{reference}' is not a variable of this file; it became the placeholder {placeholder}, which the agent fills in when pasting</source><translation>{what}: '{reference}'은(는) 이 파일의 변수가 아닙니다. 빈칸 {placeholder}(으)로 바꿨으며, 상담원이 붙여 넣을 때 채웁니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="240" /><source>{what}: the {type} variable '{variable}' is not supported (QuickReply does not run it); it became the placeholder {placeholder}, which the agent fills in when pasting</source><translation>{what}: {type} 유형의 변수 '{variable}'은(는) 지원되지 않습니다 (QuickReply는 이를 실행하지 않습니다). 빈칸 {placeholder}(으)로 바꿨으며, 상담원이 붙여 넣을 때 채웁니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="259" /><source>a match must be a mapping such as {example}; skipped</source><translation>매치는 {example} 같은 매핑(키: 값)이어야 합니다. 건너뛰었습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="309" /><source>match '{trigger}'</source><translation>매치 '{trigger}'</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="312" /><source>a match</source><translation>매치</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="319" /><source>{name}: a regex trigger cannot be a shortcut code; the match is imported without it</source><translation>{name}: 정규식 트리거(regex)는 단축 코드로 쓸 수 없습니다. 이 트리거 없이 매치를 가져왔습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="326" /><source>{name}: the key '{key}' is not imported</source><translation>{name}: 키 '{key}'은(는) 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="336" /><source>{name}: the trigger '{trigger}' cannot be a shortcut code (one word of at most 32 characters); the match is imported without a code and the trigger is kept as another phrasing</source><translation>{name}: 트리거 '{trigger}'은(는) 단축 코드로 쓸 수 없습니다 (단축 코드는 띄어쓰기 없이 32자 이내여야 함). 단축 코드 없이 매치를 가져왔고, 트리거는 다른 질문 표현으로 남겼습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="371" /><source>image</source><translation>이미지</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="374" /><source>{name}: {what} replies ('{key}') are not supported; the match is skipped</source><translation>{name}: {what} 답변('{key}')은 지원되지 않습니다. 이 매치는 건너뛰었습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="387" /><source>{name}: there is no 'replace' text; the match is skipped</source><translation>{name}: 'replace' 텍스트가 없습니다. 이 매치는 건너뛰었습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="395" /><source>{name}: '{key}' is not imported, only '{used}'</source><translation>{name}: '{used}'만 가져오고 '{key}'은(는) 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="402" /><source>{name}: '{used}' must be text; the match is skipped</source><translation>{name}: '{used}' 값은 텍스트여야 합니다. 이 매치는 건너뛰었습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="410" /><source>{name}: the cursor mark {mark} is left out (the agent pastes the whole reply)</source><translation>{name}: 커서 표시 {mark}은(는) 뺐습니다 (상담원이 답변 전체를 붙여 넣으므로)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="420" /><source>{name}: markdown is imported as plain text, formatting marks included</source><translation>{name}: markdown은 일반 텍스트로 가져오며, 서식 기호도 그대로 남습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="426" /><source> (the choices in 'form_fields' are not kept)</source><translation> ('form_fields'의 선택지는 가져오지 않습니다)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="429" /><source>{name}: forms are not supported; the form fields became the placeholders {fields}, filled in when pasting{choices}</source><translation>{name}: 양식(form)은 지원되지 않습니다. 양식 입력란은 빈칸 {fields}(으)로 바뀌었으며 붙여 넣을 때 채웁니다{choices}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="437" /><source>{name}: forms are not supported; the form's text is imported as it is{choices}</source><translation>{name}: 양식(form)은 지원되지 않습니다. 양식의 텍스트를 그대로 가져왔습니다{choices}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="448" /><source>{name}: 'form_fields' is not imported</source><translation>{name}: 'form_fields'는 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="461" /><source>the file is empty (an espanso file starts with 'matches:')</source><translation>파일이 비어 있습니다 (espanso 파일은 'matches:'로 시작합니다)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="463" /><source>the file</source><translation>파일</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="469" /><source>this is not an espanso match file: it needs a top-level 'matches:' list (for a QuickReply playbook use --format yaml)</source><translation>espanso 매치 파일이 아닙니다. 최상위에 'matches:' 목록이 있어야 합니다 (QuickReply 응대 문구 파일이면 --format yaml을 쓰세요)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="477" /><source>'imports' are not followed; import each of those files on its own</source><translation>'imports'에 적힌 파일은 따라가서 읽지 않습니다. 그 파일들은 하나씩 따로 가져오세요</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="480" /><source>the top-level key '{key}' is not imported</source><translation>최상위 키 '{key}'은(는) 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="494" /><source>'matches' must be a list of matches, each starting with '- trigger:'</source><translation>'matches'는 매치 목록이어야 하며, 각 매치는 '- trigger:'로 시작해야 합니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="516" /><source>{name}: the text is only {computed}, which QuickReply cannot compute; the match is skipped</source><translation>{name}: 텍스트가 {computed}뿐이며 QuickReply는 이 값을 만들 수 없습니다. 이 매치는 건너뛰었습니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="522" /><source>{name}: the text is only blank space; the match is skipped</source><translation>{name}: 내용이 공백뿐이라 건너뜁니다</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="523" /><source>{name}: the text is empty; the match is skipped</source><translation>{name}: 내용이 비어 있어 건너뜁니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="65" /><source>old Excel .xls files cannot be read; save it as .xlsx (or CSV UTF-8) in Excel</source><translation>예전 Excel .xls 파일은 읽을 수 없습니다. Excel에서 .xlsx(또는 CSV UTF-8)로 저장하세요</translation></message><message><location filename="desktop/core/interchange/importer.py" line="86" /><source>cannot tell what kind of file '{file}' is from its name; say it with --format (qianniu-csv, xlsx, espanso, csv or yaml)</source><translation>파일 이름만으로는 '{file}'이(가) 어떤 파일인지 알 수 없습니다. --format으로 지정하세요 (qianniu-csv, xlsx, espanso, csv 또는 yaml)</translation></message><message><location filename="desktop/core/interchange/importer.py" line="107" /><source>--map applies to CSV, Excel and JSON files, not to a {format}</source><translation>--map은 CSV, Excel, JSON 파일에만 쓸 수 있고 {format}에는 쓸 수 없습니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="131" /><source>there is no such file</source><translation>파일이 없습니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="133" /><source>this is a folder; give one file to import</source><translation>폴더입니다. 가져올 파일을 하나 선택하세요</translation></message><message><location filename="desktop/core/interchange/importer.py" line="161" /><source>{new} new, {changed} changed, {unchanged} unchanged</source><translation>새 답변 {new}개, 변경 {changed}개, 변경 없음 {unchanged}개</translation></message><message><location filename="desktop/core/interchange/importer.py" line="168" /><source>{counts}, variables updated</source><translation>{counts}, 변수 업데이트</translation></message><message><location filename="desktop/core/interchange/importer.py" line="170" /><source>{counts}; 1 other entry in {file} left untouched</source><translation>{counts}. {file}의 다른 답변 1개는 그대로 둡니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="174" /><source>{counts}; {kept} other entries in {file} left untouched</source><translation>{counts}. {file}의 다른 답변 {kept}개는 그대로 둡니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="258" /><source>the same phrase as at line {line} (the same code, category and text); this row is left out</source><translation>{line}행과 같은 문구입니다 (코드, 분류, 내용이 모두 같음). 이 행은 가져오지 않습니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="369" /><source>variable '{key}' is '{value}' here but '{old}' in {file}; the imported value is used</source><translation>변수 '{key}'의 값이 여기서는 '{value}'인데 {file}에서는 '{old}'입니다. 가져온 값을 사용합니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="430" /><source>code '{code}' is also the code of '{question}' in {playbook}; your reply ranks first, the other still shows below it (switch off the bundled playbooks in Settings if they are only the demo)</source><translation>코드 '{code}'은(는) {playbook}의 '{question}'에도 쓰입니다. 가져온 답변이 먼저 나오고 다른 답변은 그 아래에 계속 보입니다 (기본 응대 문구가 예시일 뿐이라면 설정에서 끄세요)</translation></message><message><location filename="desktop/core/interchange/importer.py" line="441" /><source>id '{id}' is also the id of '{question}' in {playbook}: yours replaces it in search</source><translation>id '{id}'은(는) {playbook}의 '{question}'에도 쓰입니다. 검색에서는 가져온 답변이 그것을 대신합니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="458" /><source>{file} is not UTF-8 text; fix it or import with --into ANOTHER_NAME</source><translation>{file}은(는) UTF-8 파일이 아닙니다. 파일을 고치거나 --into ANOTHER_NAME으로 다른 파일에 가져오세요</translation></message><message><location filename="desktop/core/interchange/importer.py" line="465" /><source>{file} has problems, so nothing can be merged into it; fix them (quickreply lint {file}) or import with --into ANOTHER_NAME:
{problems}</source><translation>{file}에 문제가 있어 내용을 합칠 수 없습니다. 문제를 고치거나 (quickreply lint {file}) --into ANOTHER_NAME으로 다른 파일에 가져오세요:
{problems}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="487" /><source>the imported playbook would not load back, so nothing is written (please report this with the source file):
{problems}</source><translation>가져온 결과를 응대 문구 파일로 다시 읽을 수 없어 아무것도 저장하지 않았습니다 (원본 파일과 함께 이 문제를 알려 주세요):
{problems}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="490" /><source>entries went missing</source><translation>일부 답변이 사라졌습니다</translation></message><message><location filename="desktop/core/interchange/importer.py" line="513" /><source>{file} changed since the preview; run the import again</source><translation>미리 보기 후에 {file}이(가) 바뀌었습니다. 다시 가져오세요</translation></message><message><location filename="desktop/core/interchange/importer.py" line="519" /><source>{file}: cannot write the file: {reason}</source><translation>{file}: 파일을 저장할 수 없습니다: {reason}</translation></message><message><location filename="desktop/core/interchange/native.py" line="110" /><source>the playbook could not be read</source><translation>응대 문구 파일을 읽을 수 없습니다</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="93" /><source>no phrase found in the file ({format})</source><translation>파일에서 문구를 찾지 못했습니다 ({format})</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="235" /><source>a question with no answer; it is skipped</source><translation>답이 없는 질문이라 건너뜁니다</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="262" /><source>this line is neither a question nor an answer; it is left out</source><translation>이 줄은 질문도 답도 아니라 가져오지 않습니다</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="350" /><source>a phrase must be an object or a text; it is skipped</source><translation>문구는 객체나 텍스트여야 합니다. 건너뜁니다</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="361" /><source>the phrase has no reply; it is skipped</source><translation>이 문구에는 답변이 없어 건너뜁니다</translation></message><message><location filename="desktop/core/interchange/source.py" line="223" /><source>code '{code}' must be one word of at most 32 characters; imported without a code</source><translation>단축 코드 '{code}'은(는) 띄어쓰기 없이 32자 이내여야 합니다. 단축 코드 없이 가져왔습니다</translation></message><message><location filename="desktop/core/interchange/source.py" line="330" /><source>the file is not UTF-8 text (save it as UTF-8 in your editor)</source><translation>파일이 UTF-8 텍스트가 아닙니다 (편집기에서 UTF-8로 저장하세요)</translation></message><message><location filename="desktop/core/interchange/source.py" line="347" /><source>the file starts like UTF-16 text but is damaged here</source><translation>파일이 UTF-16 텍스트처럼 시작하지만 이 위치가 손상되었습니다</translation></message><message><location filename="desktop/core/interchange/source.py" line="361" /><source>the file is neither UTF-8 nor GBK/GB18030 text; in Excel use 'Save as' → 'CSV UTF-8 (comma delimited)' and import that file</source><translation>이 파일은 UTF-8도 GBK/GB18030도 아닙니다. Excel에서 'Save as'(다른 이름으로 저장) → 'CSV UTF-8 (comma delimited)'(CSV UTF-8(쉼표로 분리))로 저장한 다음 그 파일을 가져오세요</translation></message><message><location filename="desktop/core/interchange/source.py" line="425" /><source>lists and mappings are nested more than {levels} levels deep here; this is not a playbook or match file</source><translation>여기서 목록과 매핑이 {levels}단계보다 깊게 중첩되어 있습니다. 응대 문구 파일이나 espanso 매치 파일이 아닙니다</translation></message><message><location filename="desktop/core/interchange/source.py" line="442" /><source>{problem}; the documents before this one are imported, the rest is not</source><translation>{problem}. 이 앞의 문서는 가져오고, 나머지는 가져오지 않습니다</translation></message><message><location filename="desktop/core/interchange/source.py" line="460" /><source>YAML syntax: {detail} (check indentation, colons and quotes)</source><translation>YAML 문법 오류: {detail} (들여쓰기, 콜론, 따옴표를 확인하세요)</translation></message><message><location filename="desktop/core/interchange/table.py" line="124" /><source>the CSV cannot be read from this row on: {error}</source><translation>이 행부터 CSV를 읽을 수 없습니다: {error}</translation></message><message><location filename="desktop/core/interchange/table.py" line="136" /><source>a quote opened on this row is never closed, so every line after it ran into this one reply; close the quote and import again (this row and the lines after it are skipped)</source><translation>이 행에서 연 따옴표가 닫히지 않아 뒤의 모든 줄이 이 답변 하나에 합쳐졌습니다. 따옴표를 닫고 다시 가져오세요 (이 행과 그 뒤의 줄은 건너뛰었습니다)</translation></message><message><location filename="desktop/core/interchange/table.py" line="191" /><source>this is not an Excel workbook (.xlsx) that can be read; an old .xls file must be saved as .xlsx (or as CSV UTF-8) in Excel first</source><translation>읽을 수 있는 Excel 통합 문서(.xlsx)가 아닙니다. 예전 .xls 파일은 먼저 Excel에서 .xlsx(또는 CSV UTF-8)로 저장해야 합니다</translation></message><message><location filename="desktop/core/interchange/table.py" line="197" /><source>the workbook has no sheet with cells</source><translation>이 통합 문서에는 셀이 있는 시트가 없습니다</translation></message><message><location filename="desktop/core/interchange/table.py" line="205" /><source>only the first sheet '{sheet}' is imported; not the sheets {others}</source><translation>첫 번째 시트 '{sheet}'만 가져왔습니다. 시트 {others}은(는) 가져오지 않았습니다</translation></message><message><location filename="desktop/core/interchange/table.py" line="235" /><source>this workbook unpacks to {megabytes} MB, far more than a phrase table; it is not imported (save the phrases alone as a new workbook or as CSV UTF-8)</source><translation>이 통합 문서는 압축을 풀면 {megabytes}MB로, 빠른 문구 표라고 보기에는 너무 큽니다. 가져오지 않았습니다 (문구만 새 통합 문서나 CSV UTF-8로 저장하세요)</translation></message><message><location filename="desktop/core/interchange/table.py" line="275" /><source>column '{name}' appears twice; the one in column {first} is used</source><translation>'{name}' 열이 두 번 나옵니다. {first}번째 열을 사용합니다</translation></message><message><location filename="desktop/core/interchange/table.py" line="288" /><source>none</source><translation>없음</translation></message><message><location filename="desktop/core/interchange/table.py" line="293" /><source>--map {field}={column}: the first row has no column '{column}' (its columns: {listed})</source><translation>--map {field}={column}: 첫 행에 '{column}' 열이 없습니다 (있는 열: {listed})</translation></message><message><location filename="desktop/core/interchange/table.py" line="318" /><source>column '{name}' is not imported; to import it, add --map FIELD={name} (fields: {fields})</source><translation>'{name}' 열은 가져오지 않았습니다. 가져오려면 --map FIELD={name}을(를) 추가하세요 (필드: {fields})</translation></message><message><location filename="desktop/core/interchange/table.py" line="378" /><source>the first row must name the columns, e.g. {header} as Qianniu exports</source><translation>첫 행에는 열 이름이 있어야 합니다. 예: 첸뉴(千牛)에서 내보낸 {header}</translation></message><message><location filename="desktop/core/interchange/table.py" line="392" /><source>no column holds the reply text: the first row should be {header} (Qianniu's export); for other columns say which one it is, e.g. --map reply=回复</source><translation>답변 내용이 있는 열을 찾을 수 없습니다. 첫 행은 {header}이어야 합니다 (첸뉴(千牛) 내보내기 형식). 열 이름이 다른 표라면 어느 열인지 지정하세요. 예: --map reply=回复</translation></message><message><location filename="desktop/core/interchange/table.py" line="412" /><source>this column has no name in the first row and is not imported</source><translation>이 열은 첫 줄에 이름이 없어 가져오지 않습니다</translation></message><message><location filename="desktop/core/interchange/table.py" line="438" /><source>the reply cell is empty; the row is skipped</source><translation>답변 셀이 비어 있습니다. 이 행은 건너뛰었습니다</translation></message><message><location filename="desktop/core/jsonfile.py" line="39" /><source>{path}: cannot be read ({error})</source><translation>{path}: 읽을 수 없습니다 ({error})</translation></message><message><location filename="desktop/core/jsonfile.py" line="49" /><source>{where}:{line}:{column}: {why}</source><translation>{where}:{line}:{column}: {why}</translation></message><message><location filename="desktop/core/jsonfile.py" line="55" /><source>{where}:{line}:{column}: {error}</source><translation>{where}:{line}:{column}: {error}</translation></message><message><location filename="desktop/core/jsonfile.py" line="65" /><source>{where}: not readable as JSON ({error})</source><translation>{where}: JSON으로 읽을 수 없습니다 ({error})</translation></message><message><location filename="desktop/core/jsonfile.py" line="114" /><source>a number with more digits than any setting can have</source><translation>어떤 설정에도 쓸 수 없을 만큼 자릿수가 많은 숫자입니다</translation></message><message><location filename="desktop/core/jsonfile.py" line="119" /><source>nested deeper than {depth} levels</source><translation>괄호가 {depth}단계보다 깊게 중첩되어 있습니다</translation></message><message><location filename="desktop/core/keys.py" line="62" /><source>hotkey '{hotkey}' is not a combination like ctrl+alt+space</source><translation>단축키 '{hotkey}'는 ctrl+alt+space 같은 조합이 아닙니다</translation></message><message><location filename="desktop/core/keys.py" line="69" /><source>hotkey '{hotkey}': {keys} is not a modifier (use ctrl, alt, shift, meta)</source><translation>단축키 '{hotkey}': {keys}은(는) 보조 키가 아닙니다 (ctrl, alt, shift, meta 중에서 쓰세요)</translation></message><message><location filename="desktop/core/keys.py" line="80" /><source>hotkey '{hotkey}': '{key}' is not a key a global hotkey can use</source><translation>단축키 '{hotkey}': '{key}' 키는 전역 단축키에 쓸 수 없습니다</translation></message><message><location filename="desktop/core/keys.py" line="86" /><source>hotkey '{hotkey}' needs a modifier (ctrl, alt, shift or meta): a bare key would be taken from every program</source><translation>단축키 '{hotkey}'에는 보조 키(ctrl, alt, shift, meta)가 있어야 합니다. 키 하나만 쓰면 다른 모든 프로그램에서 그 키를 쓸 수 없게 됩니다</translation></message><message><location filename="desktop/core/library.py" line="127" /><source>{problem}; the bundled replies keep their demo values</source><translation>{problem}. 기본 답변은 예시 값을 그대로 씁니다</translation></message><message><location filename="desktop/core/library.py" line="190" /><source>could not save the search cache in {folder}: {reason}</source><translation>{folder}에 검색 캐시를 저장하지 못했습니다: {reason}</translation></message><message><location filename="desktop/core/library.py" line="220" /><source>{path}: has errors; its last good version stays in use</source><translation>{path}: 오류가 있습니다. 마지막으로 정상이던 버전을 계속 사용합니다</translation></message><message><location filename="desktop/core/playbook.py" line="159" /><source>… and {count} more problems in this file; fix these first and check it again</source><translation>… 이 파일에 문제가 {count}개 더 있습니다. 먼저 위의 문제를 고치고 다시 확인하세요</translation></message><message><location filename="desktop/core/playbook.py" line="169" /><source>{what} must be a mapping of keys to values, found {found}</source><translation>{what}은(는) '키: 값' 형태의 매핑이어야 하는데 지금은 {found}입니다</translation></message><message><location filename="desktop/core/playbook.py" line="179" /><source>keys in {what} must be plain words</source><translation>{what}의 키는 일반 단어여야 합니다</translation></message><message><location filename="desktop/core/playbook.py" line="186" /><source>'{key}' appears twice in {what} (first at line {line}); keep one so no text is silently dropped</source><translation>'{key}' 키가 {what}에 두 번 나옵니다 (처음은 {line}번째 줄). 모르는 사이에 내용이 빠지지 않도록 하나만 남기세요</translation></message><message><location filename="desktop/core/playbook.py" line="201" /><source>'{key}' must be text, found {found}</source><translation>'{key}' 값은 텍스트여야 하는데 지금은 {found}입니다</translation></message><message><location filename="desktop/core/playbook.py" line="211" /><source>'{key}' must be text, but YAML reads '{value}' as true/false; put it in quotes</source><translation>'{key}' 값은 텍스트여야 하는데 YAML은 '{value}'을(를) true/false로 읽습니다. 따옴표로 감싸세요</translation></message><message><location filename="desktop/core/playbook.py" line="220" /><source>'{key}' uses the YAML tag '{tag}'; tags are not allowed</source><translation>'{key}' 값에 YAML 태그('{tag}')가 붙어 있습니다. 태그는 쓸 수 없습니다</translation></message><message><location filename="desktop/core/playbook.py" line="234" /><source>'{key}' must be a list such as [first, second], found {found}</source><translation>'{key}' 값은 [first, second] 같은 목록이어야 하는데 지금은 {found}입니다</translation></message><message><location filename="desktop/core/playbook.py" line="266" /><source>an entry has either 'reply' (one answer) or 'replies' (alternatives), not both</source><translation>항목에는 'reply'(답변 하나)와 'replies'(골라 쓸 여러 답변) 중 하나만 쓸 수 있습니다. 둘 다 쓸 수는 없습니다</translation></message><message><location filename="desktop/core/playbook.py" line="273" /><source>'reply' is missing (every entry needs a reply or replies)</source><translation>'reply'가 없습니다 (모든 항목에는 reply 또는 replies가 있어야 합니다)</translation></message><message><location filename="desktop/core/playbook.py" line="279" /><source>'replies' must be a non-empty list; each item is a reply, or a list of messages sent one after another</source><translation>'replies'는 비어 있지 않은 목록이어야 합니다. 각 요소는 답변 하나이거나, 차례로 보낼 메시지들의 목록입니다</translation></message><message><location filename="desktop/core/playbook.py" line="291" /><source>a multi-part reply needs at least one message</source><translation>여러 메시지로 나눈 답변에는 메시지가 하나 이상 있어야 합니다</translation></message><message><location filename="desktop/core/playbook.py" line="310" /><source>variable name '{name}' must be a word (letters, digits, _)</source><translation>변수 이름 '{name}'은(는) 한 단어여야 합니다 (글자, 숫자, _)</translation></message><message><location filename="desktop/core/playbook.py" line="326" /><source>an entry</source><translation>응대 문구 항목</translation></message><message><location filename="desktop/core/playbook.py" line="364" /><source>unknown key '{key}' in an entry (expected one of: {keys})</source><translation>항목에 알 수 없는 키가 있습니다: '{key}' (쓸 수 있는 키: {keys})</translation></message><message><location filename="desktop/core/playbook.py" line="384" /><source>'{key}' is missing (every entry needs one)</source><translation>'{key}' 키가 없습니다 (모든 항목에 있어야 합니다)</translation></message><message><location filename="desktop/core/playbook.py" line="413" /><source>id '{id}' may only use lowercase letters, digits, '.', '_' and '-'</source><translation>id '{id}'에는 영문 소문자, 숫자, '.', '_', '-'만 쓸 수 있습니다</translation></message><message><location filename="desktop/core/playbook.py" line="421" /><source>code '{code}' must be one word of at most 32 characters</source><translation>단축 코드 '{code}'은(는) 띄어쓰기 없이 32자 이내여야 합니다</translation></message><message><location filename="desktop/core/playbook.py" line="432" /><source>the file is empty (expected name, language and entries)</source><translation>파일이 비어 있습니다 (name, language, entries가 있어야 합니다)</translation></message><message><location filename="desktop/core/playbook.py" line="436" /><source>a playbook</source><translation>응대 문구 파일</translation></message><message><location filename="desktop/core/playbook.py" line="443" /><source>unknown key '{key}' at the top of a playbook (expected one of: {keys})</source><translation>응대 문구 파일 맨 위에 알 수 없는 키가 있습니다: '{key}' (쓸 수 있는 키: {keys})</translation></message><message><location filename="desktop/core/playbook.py" line="451" /><source>'{key}' is missing at the top of the playbook</source><translation>응대 문구 파일 맨 위에 '{key}' 키가 없습니다</translation></message><message><location filename="desktop/core/playbook.py" line="464" /><source>'entries' must be a list of entries, found {found}</source><translation>'entries'는 항목의 목록이어야 하는데 지금은 {found}입니다</translation></message><message><location filename="desktop/core/playbook.py" line="489" /><source>a mapping</source><translation>매핑(키: 값)</translation></message><message><location filename="desktop/core/playbook.py" line="491" /><source>a list</source><translation>목록</translation></message><message><location filename="desktop/core/playbook.py" line="493" /><source>nothing</source><translation>빈 값</translation></message><message><location filename="desktop/core/playbook.py" line="499" /><source>cannot read the file: {reason}</source><translation>파일을 읽을 수 없습니다: {reason}</translation></message><message><location filename="desktop/core/playbook.py" line="503" /><source>'{key}' is empty (write the text after the colon)</source><translation>'{key}' 값이 비어 있습니다 (콜론 뒤에 내용을 쓰세요)</translation></message><message><location filename="desktop/core/playbook.py" line="507" /><source>language '{tag}' is not a BCP-47 tag (write e.g. zh-CN, ko-KR or en)</source><translation>언어 '{tag}'은(는) BCP-47 태그가 아닙니다 (zh-CN, ko-KR, en처럼 쓰세요)</translation></message><message><location filename="desktop/core/playbook.py" line="560" /><source>the control character U+{code} cannot be in this file; delete it here</source><translation>이 파일에는 제어 문자 U+{code}을(를) 쓸 수 없습니다. 여기에서 지우세요</translation></message><message><location filename="desktop/core/playbook.py" line="565" /><source>YAML could not be read: {error}</source><translation>YAML을 읽을 수 없습니다: {error}</translation></message><message><location filename="desktop/core/playbook.py" line="618" /><source>the playbook's text passes {megabytes} MB here once its aliases (*name) are expanded; write each reply out or split the playbook</source><translation>별칭(*이름)을 펼치면 응대 문구 파일의 글자 수가 여기서 {megabytes}MB를 넘습니다. 답변을 하나하나 직접 쓰거나 파일을 나누세요</translation></message><message><location filename="desktop/core/playbook.py" line="688" /><source>lists and mappings are nested more than {levels} levels deep here; a playbook never is (is this the right file?)</source><translation>여기서 목록과 매핑이 {levels}단계보다 깊게 중첩되어 있습니다. 응대 문구 파일은 이렇게 되지 않습니다 (맞는 파일인가요?)</translation></message><message><location filename="desktop/core/playbook.py" line="715" /><source>the file is not UTF-8 (save it as UTF-8 in your editor)</source><translation>파일이 UTF-8이 아닙니다 (편집기에서 UTF-8로 저장하세요)</translation></message><message><location filename="desktop/core/playbook.py" line="759" /><source>id '{id}' is already used at {where}; ids must be unique across all playbooks (this entry is skipped)</source><translation>id '{id}'은(는) 이미 {where}에서 쓰고 있습니다. id는 모든 응대 문구 파일을 통틀어 겹치면 안 됩니다 (이 항목은 건너뜁니다)</translation></message><message><location filename="desktop/core/playbook.py" line="787" /><source>no such file or folder</source><translation>해당 파일이나 폴더가 없습니다</translation></message><message><location filename="desktop/core/playbook_store.py" line="108" /><source>{path} was deleted by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</source><translation>QuickReply가 {path}을(를) 연 뒤에 다른 사람이 파일을 삭제했습니다. 아무것도 저장하지 않았습니다. 편집기에 두 버전이 모두 표시되니 내 버전을 유지하거나 저장된 버전을 사용하세요.</translation></message><message><location filename="desktop/core/playbook_store.py" line="114" /><source>{path} was changed by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</source><translation>QuickReply가 {path}을(를) 연 뒤에 다른 사람이 파일을 바꿨습니다. 아무것도 저장하지 않았습니다. 편집기에 두 버전이 모두 표시되니 내 버전을 유지하거나 저장된 버전을 사용하세요.</translation></message><message><location filename="desktop/core/playbook_store.py" line="129" /><source>{path} has no entry with id '{id}' (it may have been removed or renamed)</source><translation>{path}에 id가 '{id}'인 항목이 없습니다 (삭제되었거나 이름이 바뀌었을 수 있습니다)</translation></message><message><location filename="desktop/core/playbook_store.py" line="273" /><source>the file does not exist (it may have been moved or deleted)</source><translation>파일이 없습니다 (옮겨졌거나 삭제되었을 수 있습니다)</translation></message><message><location filename="desktop/core/playbook_store.py" line="382" /><source>id '{id}' is already used at {where}; edit that entry or change the question</source><translation>id '{id}'은(는) 이미 {where}에서 쓰고 있습니다. 그 항목을 편집하거나 질문을 바꾸세요</translation></message><message><location filename="desktop/core/playbook_store.py" line="448" /><source>could not read {path} before saving: {reason}</source><translation>저장하기 전에 {path}을(를) 읽지 못했습니다: {reason}</translation></message><message><location filename="desktop/core/playbook_store.py" line="509" /><source>the playbook has no 'entries' list QuickReply can edit</source><translation>이 응대 문구 파일에는 QuickReply가 편집할 수 있는 'entries' 목록이 없습니다</translation></message><message><location filename="desktop/core/playbook_store.py" line="541" /><source>QuickReply could not write the entry '{entry}' so that it reads back exactly as entered; nothing was changed</source><translation>QuickReply가 항목 '{entry}'을(를) 입력한 그대로 저장할 수 없습니다 (파일에 쓰면 다시 읽을 때 내용이 달라집니다). 아무것도 바꾸지 않았습니다</translation></message><message><location filename="desktop/core/playbook_store.py" line="1261" /><source>could not save {path}: {reason}; the file on disk was left as it was</source><translation>{path}을(를) 저장하지 못했습니다: {reason}. 디스크의 파일은 그대로 두었습니다</translation></message><message><location filename="desktop/core/settings.py" line="109" /><source>text in quotes</source><translation>따옴표로 감싼 글자</translation></message><message><location filename="desktop/core/settings.py" line="111" /><source>true or false</source><translation>true 또는 false</translation></message><message><location filename="desktop/core/settings.py" line="114" /><source>a number from {low} to {high}</source><translation>{low}~{high} 사이의 숫자</translation></message><message><location filename="desktop/core/settings.py" line="116" /><source>a whole number from {low} to {high}</source><translation>{low}~{high} 사이의 정수</translation></message><message><location filename="desktop/core/settings.py" line="118" /><source>a list of texts such as {example}</source><translation>{example} 같은 글자 목록</translation></message><message><location filename="desktop/core/settings.py" line="121" /><source>{first} or {last}</source><translation>{first} 또는 {last}</translation></message><message><location filename="desktop/core/settings.py" line="122" /><source>an object such as {example}</source><translation>{example} 같은 객체</translation></message><message><location filename="desktop/core/settings.py" line="386" /><source>{path}: expected an object of settings</source><translation>{path}: 파일 내용은 설정 묶음(JSON 객체)이어야 합니다</translation></message><message><location filename="desktop/core/settings.py" line="395" /><source>{problem}; using the default settings</source><translation>{problem}. 기본 설정을 사용합니다</translation></message><message><location filename="desktop/core/settings.py" line="396" /><source>{problem}; the file was kept as {kept}; using the default settings</source><translation>{problem}. 원래 파일은 {kept}(으)로 보관했고 기본 설정을 사용합니다</translation></message><message><location filename="desktop/core/settings.py" line="408" /><source>{where}: schema_version {version} is newer than this QuickReply understands ({known}); reading what it can</source><translation>{where}: schema_version {version}은(는) 이 QuickReply가 아는 버전({known})보다 새롭습니다. 읽을 수 있는 설정만 사용합니다</translation></message><message><location filename="desktop/core/settings.py" line="418" /><source>{where}: schema_version {version} is no version of this file (1 to {known}); reading what it can</source><translation>{where}: schema_version {version}은(는) 올바른 버전이 아닙니다(1~{known}). 읽을 수 있는 설정만 사용합니다</translation></message><message><location filename="desktop/core/settings.py" line="434" /><source>{where}: unknown setting '{key}' is ignored</source><translation>{where}: 알 수 없는 설정 '{key}'은(는) 무시합니다</translation></message><message><location filename="desktop/core/settings.py" line="440" /><source>{where}: '{key}' must be {expected}, not {value}; using {default}</source><translation>{where}: '{key}'에는 {expected}을(를) 써야 합니다({value}은(는) 안 됩니다). {default}을(를) 사용합니다</translation></message><message><location filename="desktop/core/shop.py" line="83" /><source>{where}: the shop facts must be a JSON object</source><translation>{where}: 가게 정보는 JSON 객체여야 합니다</translation></message><message><location filename="desktop/core/shop.py" line="87" /><source>{where}: schema_version {version} is not one this QuickReply reads ({known})</source><translation>{where}: 이 QuickReply는 schema_version {version}을(를) 읽지 못합니다 ({known}만 가능)</translation></message><message><location filename="desktop/core/shop.py" line="97" /><source>{where}: 'languages' must map each language to its values</source><translation>{where}: 'languages'에는 언어마다 그 값을 적어야 합니다</translation></message><message><location filename="desktop/core/shop.py" line="103" /><source>{where}: the values for {language} must be texts, e.g. "return_days": "7"</source><translation>{where}: {language}의 값은 글자여야 합니다. 예: "return_days": "7"</translation></message><message><location filename="desktop/core/sources.py" line="64" /><source>team folder {folder} is not there (a network share not connected?)</source><translation>팀 폴더 {folder}이(가) 없습니다 (네트워크 공유가 연결되지 않았나요?)</translation></message><message><location filename="desktop/core/stats.py" line="131" /><source>the statistics database was written by a newer QuickReply (schema {version}, this version knows {known}); update QuickReply</source><translation>통계 데이터베이스를 더 새로운 QuickReply가 만들었습니다 (스키마 {version}, 이 버전은 {known}까지 압니다). QuickReply를 업데이트하세요</translation></message><message><location filename="desktop/core/stats.py" line="139" /><source>it holds tables QuickReply did not create</source><translation>QuickReply가 만들지 않은 테이블이 들어 있습니다</translation></message><message><location filename="desktop/core/stats.py" line="344" /><source>{error}; this session's statistics are kept in memory only</source><translation>{error}. 이번 실행의 통계는 메모리에만 남고 종료하면 사라집니다</translation></message><message><location filename="desktop/core/stats.py" line="384" /><source>cannot create the folder of {path}: {error}</source><translation>{path}의 폴더를 만들 수 없습니다: {error}</translation></message><message><location filename="desktop/core/stats.py" line="391" /><source>cannot open the statistics database {path}: {error}</source><translation>통계 데이터베이스 {path}을(를) 열 수 없습니다: {error}</translation></message><message><location filename="desktop/core/stats.py" line="398" /><source>{path} was not a readable statistics database ({error}); it was kept as {kept} and recording starts afresh</source><translation>{path}은(는) 읽을 수 있는 통계 데이터베이스가 아닙니다 ({error}). 원래 파일은 {kept}(으)로 보관했고 기록을 새로 시작합니다</translation></message><message><location filename="desktop/core/stats.py" line="409" /><source>cannot start a new statistics database {path}: {error}</source><translation>새 통계 데이터베이스 {path}을(를) 만들 수 없습니다: {error}</translation></message><message><location filename="desktop/core/stats.py" line="452" /><source>{path} is damaged and could not be moved aside: {error}</source><translation>{path}이(가) 손상되었고 따로 옮겨 둘 수도 없습니다: {error}</translation></message><message><location filename="desktop/core/synonyms.py" line="111" /><source>cannot read the synonym list: {error}</source><translation>동의어 목록을 읽을 수 없습니다: {error}</translation></message><message><location filename="desktop/core/synonyms.py" line="118" /><source>a synonym list needs 'groups:', a list of word lists such as [腹泻, 拉肚子]</source><translation>동의어 목록에는 'groups:' 아래에 [배송, 택배]처럼 낱말 묶음의 목록이 있어야 합니다</translation></message><message><location filename="desktop/core/synonyms.py" line="125" /><source>a synonym group is a list of words, such as [快递, 物流]</source><translation>동의어 묶음은 [배송, 택배]처럼 낱말의 목록이어야 합니다</translation></message><message><location filename="desktop/core/synonyms.py" line="129" /><source>a synonym group needs two words or more</source><translation>동의어 묶음에는 서로 다른 낱말이 두 개 이상 있어야 합니다</translation></message><message><location filename="desktop/core/team.py" line="73" /><source>the server answered {code} {reason}</source><translation>서버 응답: {code} {reason}</translation></message><message><location filename="desktop/core/team.py" line="79" /><source>the download broke off ({error})</source><translation>내려받는 도중에 연결이 끊겼습니다 ({error})</translation></message><message><location filename="desktop/core/team.py" line="81" /><source>not a usable address ({error})</source><translation>쓸 수 있는 주소가 아닙니다 ({error})</translation></message><message><location filename="desktop/core/team.py" line="103" /><source>was redirected to {url}, which is refused: {why}</source><translation>{url}(으)로 리디렉션되어 거부했습니다: {why}</translation></message><message><location filename="desktop/core/team.py" line="121" /><source>the download broke off ({got} of {declared} bytes)</source><translation>내려받는 도중에 연결이 끊겼습니다 ({declared}바이트 중 {got}바이트만 받음)</translation></message><message><location filename="desktop/core/team.py" line="129" /><source>took longer than {seconds} s to download; cut off</source><translation>내려받는 데 {seconds}초가 넘게 걸려 중단했습니다</translation></message><message><location filename="desktop/core/team.py" line="135" /><source>is larger than {megabytes} MB, far more than a playbook; not downloaded</source><translation>{megabytes}MB보다 커서 응대 문구 파일로 볼 수 없습니다. 내려받지 않았습니다</translation></message><message><location filename="desktop/core/team.py" line="149" /><source>plain HTTP is refused: anyone on the network could change the replies; use https, or allow the host '{host}' in the settings (allow_http_hosts)</source><translation>일반 HTTP는 사용할 수 없습니다. 네트워크에 있는 누구나 답변 내용을 바꿔치기할 수 있기 때문입니다. https를 쓰거나 설정에서 호스트 '{host}'을(를) 허용하세요 (allow_http_hosts)</translation></message><message><location filename="desktop/core/team.py" line="154" /><source>only https:// addresses (or a folder) can be team sources</source><translation>팀 응대 문구 위치에는 https:// 주소(또는 폴더)만 쓸 수 있습니다</translation></message><message><location filename="desktop/core/team.py" line="208" /><source>could not be refreshed ({error})</source><translation>새로 받아 오지 못했습니다 ({error})</translation></message><message><location filename="desktop/core/team.py" line="238" /><source>is an index whose 'playbooks' is not a list of addresses</source><translation>목록(index) 파일인데 'playbooks'가 주소 목록이 아닙니다</translation></message><message><location filename="desktop/core/team.py" line="296" /><source>{url} {why}; using the copy from {when}</source><translation>{url}: {why}. {when}에 받아 둔 사본을 사용합니다</translation></message><message><location filename="desktop/core/team.py" line="297" /><source>{url} {why}; no copy of it yet</source><translation>{url}: {why}. 아직 받아 둔 사본이 없습니다</translation></message><message><location filename="desktop/core/team.py" line="356" /><source>is not a valid playbook</source><translation>올바른 응대 문구 파일이 아닙니다</translation></message><message><location filename="desktop/core/team.py" line="358" /><source>is not a valid playbook (line {line}: {problem})</source><translation>올바른 응대 문구 파일이 아닙니다 ({line}번째 줄: {problem})</translation></message><message><location filename="desktop/core/team.py" line="367" /><source>could not be fetched ({error})</source><translation>받아 오지 못했습니다 ({error})</translation></message><message><location filename="desktop/core/usage.py" line="83" /><source>{error}; it was kept as {kept} and counting starts afresh</source><translation>{error}. 원래 파일은 {kept}(으)로 보관했고 사용 횟수를 새로 셉니다</translation></message><message><location filename="desktop/core/usage.py" line="160" /><source>{path}: the usage file is damaged ({error})</source><translation>{path}: 사용 기록 파일이 손상되었습니다 ({error})</translation></message><message><location filename="desktop/core/wording.py" line="73" /><source>says {words}: {why}</source><translation>{words} 표현을 사용합니다: {why}</translation></message><message><location filename="desktop/core/wording.py" line="78" /><source>is {length} characters long (more than {limit} for {language}): split it into parts the agent sends one after another</source><translation>{length}자로 {language} 기준인 {limit}자를 넘습니다. 상담원이 차례로 보낼 수 있게 여러 메시지로 나누세요</translation></message><message><location filename="desktop/core/wording.py" line="118" /><source>'allow' names unknown wording rule(s) {rules} (rules for {language}: {known})</source><translation>'allow'에 없는 표현 규칙이 있습니다: {rules} ({language} 규칙: {known})</translation></message><message><location filename="desktop/core/wording.py" line="137" /><source>reply {number} of '{id}' {problem}</source><translation>'{id}'의 {number}번째 답변은 {problem}</translation></message><message><location filename="desktop/core/wording.py" line="141" /><source>the reply of '{id}' {problem}</source><translation>'{id}'의 답변은 {problem}</translation></message><message><location filename="desktop/core/wording.py" line="191" /><source>cannot read the wording list: {error}</source><translation>표현 점검 목록을 읽을 수 없습니다: {error}</translation></message><message><location filename="desktop/core/wording.py" line="197" /><source>a wording list</source><translation>표현 점검 목록</translation></message><message><location filename="desktop/core/wording.py" line="207" /><source>unknown key '{key}' in a wording list (expected language, long_reply, rules)</source><translation>표현 점검 목록에 알 수 없는 키 '{key}'이(가) 있습니다 (language, long_reply, rules 중 하나여야 합니다)</translation></message><message><location filename="desktop/core/wording.py" line="266" /><source>'language' is missing (e.g. language: zh-CN)</source><translation>'language'가 없습니다 (예: language: zh-CN)</translation></message><message><location filename="desktop/core/wording.py" line="278" /><source>'long_reply' must be a whole number of characters, found {found}</source><translation>'long_reply'에는 글자 수(정수)를 써야 합니다. 지금 값: {found}</translation></message><message><location filename="desktop/core/wording.py" line="297" /><source>rule '{name}'</source><translation>규칙 '{name}'</translation></message><message><location filename="desktop/core/wording.py" line="303" /><source>'{rule}' is the length rule; set its limit with long_reply instead</source><translation>'{rule}'은(는) 길이 규칙입니다. 글자 수 한도는 long_reply로 정하세요</translation></message><message><location filename="desktop/core/wording.py" line="310" /><source>unknown key '{key}' in rule '{name}' (expected why, words, except)</source><translation>규칙 '{name}'에 알 수 없는 키 '{key}'이(가) 있습니다 (why, words, except 중 하나여야 합니다)</translation></message><message><location filename="desktop/core/wording.py" line="318" /><source>wording the shop's '{name}' rule flags</source><translation>매장 표현 규칙 '{name}'에 걸리는 표현</translation></message><message><location filename="desktop/core/wording.py" line="323" /><source>{what} must be a mapping of keys to values</source><translation>{what}은(는) 매핑(키: 값)이어야 합니다</translation></message><message><location filename="desktop/core/wording.py" line="330" /><source>'{key}' must be text</source><translation>'{key}'에는 글자를 써야 합니다</translation></message><message><location filename="desktop/core/wording.py" line="339" /><source>'{key}' must be a list such as [first, second]</source><translation>'{key}'은(는) [first, second] 같은 목록이어야 합니다</translation></message><message><location filename="desktop/platform/__init__.py" line="98" /><source>the X display could not be opened ({error})</source><translation>X 디스플레이를 열 수 없습니다 ({error})</translation></message><message><location filename="desktop/platform/__init__.py" line="103" /><source>Wayland lets no program take global hotkeys or type into other windows</source><translation>Wayland에서는 어떤 프로그램도 전역 단축키를 쓰거나 다른 창에 글자를 입력할 수 없습니다</translation></message><message><location filename="desktop/platform/attention.py" line="129" /><source>the X display could not be opened to watch chat windows ({error}); manual starts only</source><translation>채팅창을 감시할 X 디스플레이를 열 수 없습니다 ({error}). 카운트다운은 직접 시작하세요</translation></message><message><location filename="desktop/platform/attention.py" line="141" /><source>flashing taskbar buttons cannot be watched ({error}); manual starts only</source><translation>작업 표시줄 버튼이 깜박이는지 감시할 수 없습니다 ({error}). 카운트다운은 직접 시작하세요</translation></message><message><location filename="desktop/platform/attention.py" line="147" /><source>macOS does not tell other programs when an app asks for attention (its Dock icon bounces for the agent only); manual starts only</source><translation>macOS는 앱이 알림을 보내도 다른 프로그램에 알려 주지 않습니다 (Dock 아이콘이 튀어 오르는 것은 상담원에게만 보입니다). 카운트다운은 직접 시작하세요</translation></message><message><location filename="desktop/platform/attention.py" line="154" /><source>Wayland shows no program the other programs' windows, so a chat app asking for attention cannot be noticed; manual starts only</source><translation>Wayland에서는 다른 프로그램의 창을 볼 수 없어서 채팅 앱의 새 메시지 알림을 알아챌 수 없습니다. 카운트다운은 직접 시작하세요</translation></message><message><location filename="desktop/platform/attention.py" line="160" /><source>no desktop session was found to watch chat windows in; manual starts only</source><translation>채팅창을 감시할 데스크톱 세션을 찾지 못했습니다. 카운트다운은 직접 시작하세요</translation></message><message><location filename="desktop/platform/autostart.py" line="242" /><source>QuickReply runs from the disk image or from a copy macOS made in a temporary place (App Translocation); drag QuickReply into Applications, start it from there, then switch start at login on</source><translation>QuickReply가 디스크 이미지나 macOS가 임시로 복사한 위치(App Translocation)에서 실행 중입니다. QuickReply를 응용 프로그램 폴더로 옮겨 그곳에서 실행한 뒤 로그인 시 시작을 켜세요</translation></message><message><location filename="desktop/platform/macos.py" line="77" /><source>macOS lets QuickReply paste only with the Accessibility permission: open System Settings → Privacy &amp; Security → Accessibility, enable QuickReply, then restart it; until then replies are copied and you press Cmd+V yourself</source><translation>macOS에서 QuickReply가 붙여 넣으려면 손쉬운 사용 권한이 필요합니다. 시스템 설정 → 개인정보 보호 및 보안 → 손쉬운 사용을 열어 QuickReply를 켠 다음 QuickReply를 다시 실행하세요. 그 전까지는 답변이 복사만 되니 Cmd+V를 직접 누르세요</translation></message><message><location filename="desktop/platform/macos.py" line="128" /><source>hotkey {hotkey}: Mac keyboards have no {key} key; choose another in the settings</source><translation>단축키 {hotkey}: Mac 키보드에는 {key} 키가 없습니다. 설정에서 다른 단축키를 고르세요</translation></message><message><location filename="desktop/platform/macos.py" line="251" /><source>macOS refused to deliver hotkeys to QuickReply (OSStatus {status})</source><translation>macOS가 QuickReply에 단축키 전달을 거부했습니다 (OSStatus {status})</translation></message><message><location filename="desktop/platform/macos.py" line="259" /><source>{hotkey} is a macOS keyboard shortcut (System Settings, Keyboard, Keyboard Shortcuts); choose another hotkey in the settings, or switch that shortcut off there</source><translation>{hotkey}은(는) macOS 키보드 단축키입니다 (시스템 설정 › 키보드 › 키보드 단축키). 설정에서 다른 단축키를 고르거나 그곳에서 해당 단축키를 끄세요</translation></message><message><location filename="desktop/platform/macos.py" line="269" /><source>{hotkey} is already used by another program; choose another hotkey in the settings</source><translation>{hotkey}은(는) 이미 다른 프로그램이 쓰고 있습니다. 설정에서 다른 단축키를 고르세요</translation></message><message><location filename="desktop/platform/macos.py" line="279" /><source>macOS refused the hotkey {hotkey} (OSStatus {status}); macOS 15 and later need Ctrl or Cmd in a hotkey; choose another in the settings</source><translation>macOS가 단축키 {hotkey}을(를) 거부했습니다 (OSStatus {status}). macOS 15 이상에서는 단축키에 Ctrl이나 Cmd가 들어가야 합니다. 설정에서 다른 단축키를 고르세요</translation></message><message><location filename="desktop/platform/macos.py" line="287" /><source>macOS refused the hotkey {hotkey} (OSStatus {status}); choose another in the settings</source><translation>macOS가 단축키 {hotkey}을(를) 거부했습니다 (OSStatus {status}). 설정에서 다른 단축키를 고르세요</translation></message><message><location filename="desktop/platform/null.py" line="23" /><source>this system offers no global hotkeys or simulated key presses to QuickReply</source><translation>이 시스템에서는 QuickReply가 전역 단축키나 자동 키 입력을 쓸 수 없습니다</translation></message><message><location filename="desktop/platform/null.py" line="29" /><source>{reason}; replies are copied, press Ctrl+V in the chat app to paste them</source><translation>{reason}. 답변은 복사만 되니 채팅창에서 Ctrl+V를 눌러 붙여 넣으세요</translation></message><message><location filename="desktop/platform/null.py" line="39" /><source>cannot register {hotkey} as a global hotkey: {reason}</source><translation>{hotkey}을(를) 전역 단축키로 등록할 수 없습니다: {reason}</translation></message><message><location filename="desktop/platform/null.py" line="69" /><source>cannot press {keys} for you: {reason}</source><translation>{keys}을(를) 대신 누를 수 없습니다: {reason}</translation></message><message><location filename="desktop/platform/null.py" line="73" /><source>cannot press Enter for you: {reason}</source><translation>Enter를 대신 누를 수 없습니다: {reason}</translation></message><message><location filename="desktop/platform/null.py" line="76" /><source>cannot type the reply for you: {reason}</source><translation>답변을 대신 입력할 수 없습니다: {reason}</translation></message><message><location filename="desktop/platform/windows.py" line="209" /><source>hotkey {hotkey}: Windows has no key for '{key}'; choose another in the settings</source><translation>단축키 {hotkey}: Windows에는 '{key}'에 해당하는 키가 없습니다. 설정에서 다른 단축키를 고르세요</translation></message><message><location filename="desktop/platform/windows.py" line="369" /><source>Windows did not take the simulated key press for {keys} (input is blocked, e.g. by the lock screen or an administrator prompt); press it yourself, the reply is on the clipboard</source><translation>Windows가 {keys} 자동 키 입력을 받지 않았습니다 (잠금 화면이나 관리자 권한 요청 창 등이 입력을 막고 있습니다). 답변은 클립보드에 있으니 직접 누르세요</translation></message><message><location filename="desktop/platform/windows.py" line="404" /><source>Windows would not create the hidden window hotkeys arrive at; restart QuickReply</source><translation>Windows가 단축키를 받을 숨은 창을 만들지 못했습니다. QuickReply를 다시 시작하세요</translation></message><message><location filename="desktop/platform/windows.py" line="419" /><source>Windows refused the hotkey {hotkey} (error {error}); choose another in the settings</source><translation>Windows가 단축키 {hotkey}을(를) 거부했습니다 (오류 {error}). 설정에서 다른 단축키를 고르세요</translation></message><message><location filename="desktop/platform/windows.py" line="526" /><source>Windows did not take the simulated key presses for typing the reply (input is blocked, e.g. by the lock screen or an administrator prompt); type the reply yourself</source><translation>Windows가 답변을 입력하는 자동 키 입력을 받지 않았습니다 (잠금 화면이나 관리자 권한 요청 창 등이 입력을 막고 있습니다). 답변을 직접 입력하세요</translation></message><message><location filename="desktop/platform/windows.py" line="545" /><source>the chat app runs as administrator, so Windows silently drops the keys QuickReply sends; run QuickReply as administrator too or start the chat app normally</source><translation>채팅 앱이 관리자 권한으로 실행 중이라 Windows가 QuickReply가 보내는 키 입력을 아무 표시 없이 버립니다. QuickReply도 관리자 권한으로 실행하거나 채팅 앱을 일반 방식으로 실행하세요</translation></message><message><location filename="desktop/platform/x11.py" line="143" /><source>the X server lacks the XTEST extension, so replies are copied: press Ctrl+V to paste</source><translation>X 서버에 XTEST 확장이 없어 답변은 복사만 됩니다. Ctrl+V를 눌러 붙여 넣으세요</translation></message><message><location filename="desktop/platform/x11.py" line="155" /><source>hotkey {hotkey}: this keyboard layout has no '{key}' key</source><translation>단축키 {hotkey}: 현재 키보드 배열에는 '{key}' 키가 없습니다</translation></message><message><location filename="desktop/platform/x11.py" line="167" /><source>hotkey {hotkey} is already used by QuickReply itself; choose another</source><translation>단축키 {hotkey}은(는) 이미 QuickReply에서 쓰고 있습니다. 다른 조합을 고르세요</translation></message><message><location filename="desktop/platform/x11.py" line="184" /><source>hotkey {hotkey} is already taken by another program; choose another combination in the settings</source><translation>단축키 {hotkey}은(는) 이미 다른 프로그램이 쓰고 있습니다. 설정에서 다른 조합을 고르세요</translation></message><message><location filename="desktop/platform/x11.py" line="312" /><source>the X server lacks the XTEST extension: press Ctrl+V yourself</source><translation>X 서버에 XTEST 확장이 없습니다. Ctrl+V를 직접 누르세요</translation></message><message><location filename="desktop/platform/x11.py" line="322" /><source>the X server lacks the XTEST extension, so QuickReply cannot type</source><translation>X 서버에 XTEST 확장이 없어서 QuickReply가 글자를 입력할 수 없습니다</translation></message><message><location filename="desktop/platform/x11.py" line="326" /><source>this keyboard map has no free key code to type with; use Ctrl+V instead</source><translation>현재 키보드 매핑에 입력용으로 쓸 빈 키 코드가 없습니다. 대신 Ctrl+V를 쓰세요</translation></message></context></TS>