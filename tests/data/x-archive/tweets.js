window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000301"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "megob",
            "screen_name" : "megob",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1480000000000000004",
            "id" : "1480000000000000004"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Qm3vX8kLpa",
            "expanded_url" : "https://bolderkar.example/track/BK-20977",
            "display_url" : "bolderkar.example/track/BK…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1992410000000000106",
      "id_str" : "1992420000000000301",
      "in_reply_to_user_id" : "1480000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992420000000000301",
      "in_reply_to_status_id" : "1992410000000000106",
      "created_at" : "Sun Nov 22 11:52:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@megob Hi Megan, so sorry! Your BK-3 left our warehouse today, track it here: https://t.co/Qm3vX8kLpa ^Lotte",
      "lang" : "nl",
      "in_reply_to_screen_name" : "megob",
      "in_reply_to_user_id_str" : "1480000000000000004"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000300"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Bk20pct0ff",
            "expanded_url" : "https://bolderkar.example/actie",
            "display_url" : "bolderkar.example/actie…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "48",
      "id_str" : "1992420000000000300",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1992420000000000300",
      "created_at" : "Sun Nov 22 10:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Aanstaand weekend 20% korting op alle bolderkarren &amp; fietskarren 🎉 https://t.co/Bk20pct0ff",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000302"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1992420000000000300",
      "id_str" : "1992420000000000302",
      "in_reply_to_user_id" : "1200000000000000042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992420000000000302",
      "in_reply_to_status_id" : "1992420000000000300",
      "created_at" : "Sun Nov 22 10:31:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Let op: de korting geldt niet voor de BK-3 Limited. Vragen? Stuur ons een DM!",
      "lang" : "nl",
      "in_reply_to_screen_name" : "BolderkarNL",
      "in_reply_to_user_id_str" : "1200000000000000042"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000299"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sanne_fietst",
            "screen_name" : "sanne_fietst",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1480000000000000001",
            "id" : "1480000000000000001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1992410000000000101",
      "id_str" : "1992420000000000299",
      "in_reply_to_user_id" : "1480000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992420000000000299",
      "in_reply_to_status_id" : "1992410000000000101",
      "created_at" : "Sun Nov 22 09:20:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@sanne_fietst Wat vervelend, Sanne! Stuur je ons een DM met je ordernummer? Dan zoeken we het meteen uit. ^Lotte",
      "lang" : "nl",
      "in_reply_to_screen_name" : "sanne_fietst",
      "in_reply_to_user_id_str" : "1480000000000000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000298"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "wagenwijs_fan",
            "screen_name" : "wagenwijs_fan",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1480000000000000003",
            "id" : "1480000000000000003"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1992420000000000298",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992420000000000298",
      "created_at" : "Sun Nov 22 09:02:51 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @wagenwijs_fan: Review: de nieuwe Bolderkar BK-3 vouwt kleiner op dan de vorige https://t.co/Rv3wTest01",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000297"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "pieterdb",
            "screen_name" : "pieterdb",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1480000000000000002",
            "id" : "1480000000000000002"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "1992420000000000297",
      "in_reply_to_user_id" : "1480000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992420000000000297",
      "created_at" : "Sun Nov 22 08:15:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@pieterdb Bedankt voor je mooie review van de BK-2! 🙌",
      "lang" : "nl",
      "in_reply_to_screen_name" : "pieterdb",
      "in_reply_to_user_id_str" : "1480000000000000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992420000000000296"
          ],
          "editableUntil" : "2026-11-22T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1991000000000000150",
      "id_str" : "1992420000000000296",
      "in_reply_to_user_id" : "1200000000000000042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992420000000000296",
      "in_reply_to_status_id" : "1991000000000000150",
      "created_at" : "Sat Nov 21 16:40:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Update: de storing in de webshop is verholpen. Excuses voor het ongemak!",
      "lang" : "nl",
      "in_reply_to_screen_name" : "BolderkarNL",
      "in_reply_to_user_id_str" : "1200000000000000042"
    }
  }
]