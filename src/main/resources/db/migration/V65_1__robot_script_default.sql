-- The default robot script (智能回访机器人话术), version 1: satisfaction, the reply's promise, resolution.
insert into robot_script (version, graph, created_by, created_at) values (1, '{
  "start": "satisfied",
  "handoverWords": ["投诉", "不满意", "没解决", "未解决", "没有解决", "要求", "人工", "领导"],
  "nodes": [
    {"id": "satisfied", "say": "您好，这里是12345政务服务便民热线，就您反映的“{title}”进行回访。您对办理结果满意吗？满意请按1，基本满意请按2，不满意请按3。",
     "answers": [
       {"digits": "1", "words": ["满意", "很满意", "非常满意", "挺好"], "next": "promise", "set": {"satisfaction": "SATISFIED"}},
       {"digits": "2", "words": ["基本满意", "还行", "还可以", "一般"], "next": "promise", "set": {"satisfaction": "BASICALLY_SATISFIED"}},
       {"digits": "3", "words": ["不行", "差"], "next": "person", "set": {"satisfaction": "DISSATISFIED"}}
     ]},
    {"id": "promise", "ask": "promise", "ifNoPromise": "resolved", "say": "{promise}是的请按1，没有请按2。",
     "answers": [
       {"digits": "1", "words": ["是的", "已经", "修好了", "做到了", "是"], "next": "resolved", "set": {"promiseKept": true}},
       {"digits": "2", "words": ["没有", "还没", "没做到"], "next": "person", "set": {"promiseKept": false}}
     ]},
    {"id": "resolved", "say": "您反映的问题是否已经解决？已解决请按1，未解决请按2。",
     "answers": [
       {"digits": "1", "words": ["解决了", "已解决", "是的", "是"], "next": "thanks", "set": {"resolved": true}},
       {"digits": "2", "words": ["没有", "还没"], "next": "person", "set": {"resolved": false}}
     ]},
    {"id": "thanks", "say": "感谢您对12345热线的支持，再见。", "end": {"handover": false}},
    {"id": "person", "say": "好的，稍后将由回访员与您联系，再见。", "end": {"handover": true}}
  ]
}', 'system', now());
